/** Building findings: the severity always comes from the schema's table, never from the caller. */
import { SEVERITY } from './schema';
import type { Finding, FindingCode, FindingParams } from './types';

/** A finding at a sheet cell (A1, no sheet prefix), with the measure ID when there is one. */
export function makeFinding(
  code: FindingCode,
  sheet: string,
  cell: string,
  params: FindingParams = {},
  measureId?: string,
): Finding {
  // Spelled out rather than `{ ...base, measureId }`: V8 copies a spread followed by more keys slowly.
  const severity = SEVERITY[code];
  return measureId ? { code, severity, sheet, cell, params, measureId } : { code, severity, sheet, cell, params };
}
