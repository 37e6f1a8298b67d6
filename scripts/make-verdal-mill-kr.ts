/**
 * Writes examples/verdal-mill-kr.xlsx: Verdal's table 6.1 (seed 003) typed in mill kr, with the economy plan
 * finance typed for it in the same unit (src/domain/example/verdal.ts), and its Sammendrag and Avstemming
 * sheets written. `tiltaksplan check` on it gives the miljøteam 0,6 / 1,2 / 1,8 / 2,4 mill kr, all in samsvar.
 * Run: npx tsx scripts/make-verdal-mill-kr.ts
 */
import { verdalMillKrContent, VERDAL_START_YEAR } from '../src/domain';
import { writeCheckedExample } from './make-example';

const makeVerdalMillKr = (): Promise<string> =>
  writeCheckedExample(verdalMillKrContent(), 'verdal-mill-kr.xlsx', VERDAL_START_YEAR);

if (require.main === module) void makeVerdalMillKr().then((file) => console.log(`wrote ${file}`));
