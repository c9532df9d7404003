import { renameSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { stringify } from 'yaml';
import type { ApiPlugin } from '../plugin/api-plugin.js';
import type { RecordedExchange, RecordingSupport } from '../plugin/recording-support.js';
import { PersonalMasker } from './personal-masker.js';

/**
 * Keeps what went through the proxy, masked as it arrives (the originals are never stored), and rewrites the
 * scenario file after each exchange (to a temporary file, then renamed: a reader never sees half a file).
 * @example const recorder = new ProxyRecorder(acme, 'recorded.yaml', 7); recorder.add(exchange)
 */
export class ProxyRecorder {
  readonly file: string;
  #plugin: ApiPlugin;
  #support: RecordingSupport;
  #masker: PersonalMasker;
  #exchanges: RecordedExchange[] = [];
  /** When the first exchange went through: the recording's clock, so dates the provider derived from "today" hold. */
  #startedAt: string | undefined;

  constructor(plugin: ApiPlugin, file: string, seed: number) {
    if (!plugin.recording) throw new Error(`the ${plugin.name} plug-in has no recording support`);
    this.#plugin = plugin;
    this.#support = plugin.recording;
    this.#masker = new PersonalMasker(seed, plugin.recording.personal);
    this.file = file;
  }

  add(exchange: RecordedExchange): void {
    const m = this.#masker;
    this.#startedAt ??= new Date().toISOString();
    this.#exchanges.push({
      operationId: exchange.operationId,
      params: m.deep(exchange.params) as Record<string, string>,
      query: m.deep(exchange.query) as Record<string, unknown>,
      requestBody: m.deep(exchange.requestBody),
      status: exchange.status,
      responseBody: m.deep(exchange.responseBody),
    });
    this.write();
  }

  /** The scenario document of everything recorded so far. */
  scenario(): Record<string, unknown> {
    const part = this.#support.scenario(this.#exchanges);
    return {
      name: basename(this.file).replace(/\.ya?ml$/, ''),
      description: `Recorded by clientela proxy from ${this.#exchanges.length} exchanges with a ${this.#plugin.name} provider; personal data replaced by seeded fakes.`,
      ...(this.#startedAt ? { clock: this.#startedAt } : {}),
      ...(part === undefined ? {} : { [this.#plugin.name]: part }),
    };
  }

  write(): void {
    const temporary = `${this.file}.tmp`;
    writeFileSync(temporary, stringify(this.scenario()), { mode: 0o600 });
    renameSync(temporary, this.file);
  }
}
