/** Where the page finds its parts: its own base, the admin API, the docs, and the token query to pass on. */
export type DashboardPageLinks = { base: string; admin: string; docs: string; query: string };

function attribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The dashboard's HTML shell; `dashboard/main.ts` fills it. */
export function dashboardPage(links: DashboardPageLinks): string {
  const { base, admin, docs, query } = links;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>clientela dashboard</title>
<link rel="stylesheet" href="${attribute(`${base}/dashboard.css${query}`)}">
</head>
<body data-admin="${attribute(admin)}" data-docs="${attribute(docs)}">
<a class="skip" href="#view">Skip to the view</a>
<header><h1>clientela</h1><div id="sandbox-picker"></div></header>
<nav id="tabs" aria-label="Views"></nav>
<main id="view" tabindex="-1"><p>Loading…</p></main>
<div id="status" role="status" aria-live="polite"></div>
<script type="module" src="${attribute(`${base}/dashboard.js${query}`)}"></script>
</body>
</html>
`;
}
