/** What the docs page knows of one API: its spec URL, where its calls go, and the credentials to pre-fill. */
export type DocsPageApi = {
  name: string;
  title: string;
  specUrl: string;
  base: string;
  authorize: Record<string, unknown>;
  token?: { path: string; headers: Record<string, string>; body: string; field: string; scheme: string };
};

/** JSON inside a `<script>` element: `<` escaped so no string can close the element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** The HTML of `GET /__docs`: Swagger UI from swagger-ui-dist (served by the mock), one entry per API. */
export function docsPage(assets: string, script: string, apis: readonly DocsPageApi[]): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>clientela: API reference</title>
<link rel="stylesheet" href="${assets}/swagger-ui.css">
<link rel="icon" href="${assets}/favicon-32x32.png">
</head>
<body>
<div id="swagger-ui"></div>
<script id="clientela-docs" type="application/json">${scriptJson({ apis })}</script>
<script src="${assets}/swagger-ui-bundle.js"></script>
<script src="${assets}/swagger-ui-standalone-preset.js"></script>
<script src="${script}"></script>
</body>
</html>
`;
}

/**
 * The page's own script: builds Swagger UI over every API and, each time a document loads, authorizes its
 * security schemes with the default credentials (fetching a bearer token first when the API issues them).
 */
export const docsScript = `'use strict';
(function () {
  var config = JSON.parse(document.getElementById('clientela-docs').textContent);
  var tokens = {};
  function tokenOf(api) {
    if (!tokens[api.name]) {
      var t = api.token;
      tokens[api.name] = fetch(api.base + t.path, { method: 'POST', headers: t.headers, body: t.body })
        .then(function (response) { return response.json(); })
        .then(function (body) { return body[t.field]; })
        .catch(function (error) { delete tokens[api.name]; throw error; });
    }
    return tokens[api.name];
  }
  function authorize(system) {
    var url = system.specSelectors.url();
    var api = config.apis.find(function (candidate) { return candidate.specUrl === url; });
    if (!api) return;
    Object.keys(api.authorize).forEach(function (scheme) {
      var value = api.authorize[scheme];
      if (typeof value === 'string') window.ui.preauthorizeApiKey(scheme, value);
      else window.ui.preauthorizeBasic(scheme, value.username, value.password);
    });
    if (api.token) {
      tokenOf(api).then(function (token) {
        if (system.specSelectors.url() === url) window.ui.preauthorizeApiKey(api.token.scheme, token);
        window.clientelaDocsReady = url;
      });
    } else window.clientelaDocsReady = url;
  }
  var authorizeOnLoad = function () {
    return {
      statePlugins: {
        spec: {
          wrapActions: {
            updateJsonSpec: function (original, system) {
              return function () {
                var result = original.apply(null, arguments);
                setTimeout(function () { authorize(system); }, 0);
                return result;
              };
            },
          },
        },
      },
    };
  };
  window.ui = SwaggerUIBundle({
    dom_id: '#swagger-ui',
    urls: config.apis.map(function (api) { return { name: api.title, url: api.specUrl }; }),
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    plugins: [authorizeOnLoad],
    layout: 'StandaloneLayout',
    deepLinking: true,
    tryItOutEnabled: true,
    persistAuthorization: false,
  });
})();
`;
