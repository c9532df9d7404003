/** Where the mock serves FirstVision; contract paths are relative to it. */
export const FIRSTVISION_MOUNT = '/firstvision';
