import { existsSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { CliError } from './command.js';

const FILE = /\.ya?ml$/;

/**
 * `--scenario` values that are files (`recorded.yaml`, `./dir/x.yml`) as names, with the folder they are read from:
 * the file's folder, unless `--scenarios-dir` names another (then a CLI error). Names pass unchanged.
 * @example scenarioFileArgs(['./rec/recorded.yaml'], undefined) // { names: ['recorded'], dir: '/abs/rec' }
 */
export function scenarioFileArgs(values: string[] | undefined, scenariosDir: string | undefined): { names: string[] | undefined; dir: string | undefined } {
  if (!values) return { names: values, dir: scenariosDir };
  let dir = scenariosDir === undefined ? undefined : resolve(scenariosDir);
  const names = values.flatMap((value) => value.split(',')).map((item) => {
    const trimmed = item.trim();
    if (!FILE.test(trimmed)) return trimmed;
    if (!existsSync(trimmed)) throw new CliError(`--scenario ${trimmed}: no such file`);
    const folder = resolve(dirname(trimmed));
    if (dir !== undefined && dir !== folder) throw new CliError(`--scenario ${trimmed}: scenario files are read from one folder (${dir})`);
    dir = folder;
    return basename(trimmed).replace(FILE, '');
  });
  return { names, dir };
}
