import type { PactInteraction } from './normalize-interactions.js';
import type { StateFailures } from './pact-request-filter.js';

/** The verdict on one replayed interaction, with readable reasons when it failed. */
export type InteractionOutcome = {
  file: string;
  consumer: string;
  provider: string;
  description: string;
  states: string[];
  ok: boolean;
  reasons: string[];
};

type Json = Record<string, unknown>;

function mismatchText(mismatch: Json): string {
  const type = String(mismatch.type ?? 'mismatch');
  const where = [mismatch.path, mismatch.key, mismatch.parameter].filter((p) => typeof p === 'string' && p !== '')[0];
  const text = typeof mismatch.mismatch === 'string' ? mismatch.mismatch : typeof mismatch.description === 'string' ? mismatch.description : JSON.stringify(mismatch);
  return `${type}${where ? ` ${String(where)}` : ''}: ${text}`;
}

/** The reasons the verifier gives for one error entry of its JSON report. */
function reasonsOf(error: Json): string[] {
  const mismatch = (error.mismatch ?? {}) as Json;
  if (Array.isArray(mismatch.mismatches)) return (mismatch.mismatches as Json[]).map(mismatchText);
  if (typeof mismatch.message === 'string') return [mismatch.message];
  return [JSON.stringify(mismatch).slice(0, 300)];
}

/**
 * Joins the Rust verifier's JSON report (`interactionResults[]` in pact order, `errors[]` naming consumer, provider
 * and description) with the interactions read from the pacts, and the provider-state failures the request filter
 * saw, into one outcome per interaction. A report that cannot be read fails every interaction with its text.
 */
export function readVerifierReport(raw: string, interactions: PactInteraction[], stateFailures: StateFailures): InteractionOutcome[] {
  let report: Json | undefined;
  try {
    report = JSON.parse(raw) as Json;
  } catch {
    report = undefined;
  }
  const errors = Array.isArray(report?.errors) ? (report.errors as Json[]) : [];
  const results = Array.isArray(report?.interactionResults) ? (report.interactionResults as Json[]) : [];
  return interactions.map((interaction, index) => {
    const { file, consumer, provider, description } = interaction;
    const states = interaction.states.map((s) => s.name);
    const result = results[index]?.description === description ? results[index] : results.find((r) => r.description === description);
    const matching = errors.filter((e) => {
      const name = String(e.interaction ?? '');
      return name.includes(`between ${consumer} and ${provider}`) && name.endsWith(` - ${description}`);
    });
    const reasons: string[] = [];
    for (const state of states) {
      const failure = stateFailures.get(state);
      if (failure && matching.length > 0) reasons.push(failure);
    }
    for (const reason of matching.flatMap(reasonsOf)) if (!(reasons.length > 0 && reason.includes('state change'))) reasons.push(reason);
    if (!report) reasons.push(`the verifier did not run: ${raw.slice(0, 300)}`);
    const ok = report !== undefined && matching.length === 0 && result?.result === 'OK';
    if (!ok && reasons.length === 0) reasons.push(result ? `the verifier reported ${String(result.result)}` : 'the verifier did not replay this interaction');
    return { file, consumer, provider, description, states, ok, reasons };
  });
}
