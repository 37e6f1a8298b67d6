/**
 * An in-memory WorkbookPort for component tests: starts from a snapshot (by default the canonical one),
 * applies edits with the domain's in-memory applier, and records every apply() call.
 */
import type { Edit } from '../../src/domain/edits';
import { applyEdits } from '../../src/domain/snapshotEdits';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/types';
import type { WorkbookPort } from '../../src/workbook/port';
import { canonicalSnapshot } from '../helpers/workbook';

export class FakePort implements WorkbookPort {
  readonly applied: (readonly Edit[])[] = [];
  reads = 0;
  private listeners = new Set<() => void>();

  constructor(public snapshot: WorkbookSnapshot = canonicalSnapshot()) {}

  async read(): Promise<WorkbookSnapshot> {
    this.reads++;
    return this.snapshot;
  }

  async apply(edits: readonly Edit[]): Promise<void> {
    this.applied.push(edits);
    this.snapshot = applyEdits(this.snapshot, edits);
  }

  onUserChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Simulates the user editing the workbook: change the snapshot and fire the change event. */
  userEdits(snapshot: WorkbookSnapshot): void {
    this.snapshot = snapshot;
    for (const l of this.listeners) l();
  }

  /** Every edit applied so far, flattened. */
  get edits(): Edit[] {
    return this.applied.flat();
  }
}

/** A small valid operating row in a 1000 kr workbook starting 2027 (keys are canonical headers). */
export function operatingRow(overrides: Record<string, CellValue> = {}): Record<string, CellValue> {
  return {
    ID: 'D-001',
    Seksjon: 'Samfunn og tjenester',
    Prioritet: 1,
    Tiltak: 'Utvidelse miljøteam',
    Type: 'Varig',
    Kostnadsstatus: 'Beregnet',
    '2027': 600,
    '2028': 1200,
    '2029': 1800,
    '2030': 2400,
    Helårsvirkning: 2400,
    'Felles tiltak': 0,
    'Endret drift': 0,
    'Annen finansiering': 0,
    'Nye midler': 2400,
    Ansvarlig: 'Leder boligkontor',
    'Berørte planområder': 'Oppvekst',
    Rammeområde: '2',
    ...overrides,
  };
}

/** The economy plan line that carries operatingRow()'s new money exactly (Drift, Tiltak, Ref D-001, frame 2). */
export function economyLine(overrides: Record<string, CellValue> = {}): Record<string, CellValue> {
  return {
    Del: 'Drift',
    Linjetype: 'Tiltak',
    Ref: 'D-001',
    Rammeområde: '2',
    Beskrivelse: 'Miljøteam',
    '2027': 600,
    '2028': 1200,
    '2029': 1800,
    '2030': 2400,
    ...overrides,
  };
}

/** A plan with no errors: one costed measure and the economy plan line that matches it. */
export function readyPlan(measure: Record<string, CellValue> = {}): WorkbookSnapshot {
  return canonicalSnapshot({ operating: [operatingRow(measure)], economyPlan: [economyLine()] });
}
