import type { AdminClient } from './admin-client.js';

/** What every view shares: the admin API, the chosen sandbox, and the status line. */
export type DashboardContext = {
  admin: AdminClient;
  docs: string;
  /** The sandbox the views act on. */
  sandbox: () => string;
  /** Tells the views the chosen sandbox changed. */
  onSandbox: (listener: (sandbox: string) => void) => void;
  /** Reloads the sandbox list (after a create or delete). */
  refreshSandboxes: () => Promise<void>;
  /** Says something in the polite live region (and on screen). */
  say: (text: string) => void;
  /** Runs an action, saying its failure (a problem's detail) instead of throwing. */
  attempt: (action: () => Promise<void>) => Promise<void>;
};

/** One view: its panel, and what to do when it is shown or hidden. */
export type View = { id: string; title: string; element: HTMLElement; show: () => void; hide: () => void };
