/** OpcPackage.differsFromRead: a part written back with its very bytes is the part read; other bytes differ. */
import { OpcPackage } from '../../../src/workbook/xlsx/package';

const zipOf = (parts: Record<string, string>): Uint8Array => OpcPackage.fromParts(parts).toZip();

it('tells a part set to its very bytes from one set to other bytes of the same length, and a new part', () => {
  const pkg = OpcPackage.fromZip(zipOf({ 'a.xml': '<a>1650</a>', 'b.xml': '<b>1650</b>' }));
  pkg.setText('a.xml', '<a>1650</a>');
  pkg.setText('b.xml', '<b>1750</b>');
  pkg.setText('c.xml', '<c/>');
  expect([pkg.differsFromRead('a.xml'), pkg.differsFromRead('b.xml'), pkg.differsFromRead('c.xml')]).toEqual([
    false,
    true,
    true,
  ]);
  // The part set to its bytes again is the one read: no longer changed, and the zip holds it as it was.
  expect(pkg.isChanged('a.xml')).toBe(false);
  const back = OpcPackage.fromZip(pkg.toZip());
  expect([back.text('a.xml'), back.text('b.xml'), back.text('c.xml')]).toEqual(['<a>1650</a>', '<b>1750</b>', '<c/>']);
});
