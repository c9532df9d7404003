import { ProblemError } from '../problems/problem.js';

/**
 * A sandbox that may not be created: too many alive (429) or the memory budget would be exceeded (507). A problem
 * under `/__admin`; under an API's mount the pipeline answers it in the API's own envelope with the same status.
 */
export class SandboxLimitError extends ProblemError {
  readonly status: 429 | 507;

  constructor(kind: 'too-many-sandboxes' | 'sandbox-memory-exhausted', detail: string) {
    super(kind, detail);
    this.name = 'SandboxLimitError';
    this.status = kind === 'too-many-sandboxes' ? 429 : 507;
  }
}
