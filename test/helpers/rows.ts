/**
 * Test helper: the seed's miljøteam measure (Verdal 6.1: 600/1 200/1 800/2 400 in 1000 kr, full-year 2 400,
 * all new money) as a canonical operating row, and the economy plan line that carries it exactly. Keys are
 * canonical headers; tests override what they need.
 */
import type { CellValue } from '../../src/domain/model/snapshot';

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
