/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import { kr } from '../../src/domain/model/money';
import { ChangesChart } from '../../src/taskpane/views/ChangesChart';

// The plot is 128 px high with 14 px kept for a bar's value above a rise (and below a fall, when there is one).
const bars = (...deltas: number[]) => deltas.map((d, i) => ({ year: 2027 + i, delta: kr(d) }));

function chart(...deltas: number[]) {
  const { container } = render(
    <ChangesChart bars={bars(...deltas)} unit="kr" title="Endring i nye midler per år" description="Stolper." />,
  );
  const line = container.querySelector('line');
  const rects = [...container.querySelectorAll('rect')].map((r) => ({
    y: Number(r.getAttribute('y')),
    h: Number(r.getAttribute('height')),
  }));
  return { zero: Number(line?.getAttribute('y1')), rects };
}

describe('ChangesChart', () => {
  it('puts the zero line at the bottom when nothing falls, so the years sit right under the bars', () => {
    const { zero, rects } = chart(0, 300_000, 0, 150_000);
    expect(zero).toBe(128);
    // 300 000 reaches the top room (14): 114 px; 150 000 half of that.
    expect(rects[1]).toEqual({ y: 14, h: 114 });
    expect(rects[3]).toEqual({ y: 71, h: 57 });
  });

  it('splits the height between the largest rise and the largest fall', () => {
    const { zero, rects } = chart(300_000, -100_000);
    // 128 − 14 − 14 = 100 px for 400 000: 0.25 px per 1 000; zero at 14 + 75.
    expect(zero).toBe(89);
    expect(rects[0]).toEqual({ y: 14, h: 75 });
    expect(rects[1]).toEqual({ y: 89, h: 25 });
  });

  it('draws a flat line at the bottom when nothing changed', () => {
    const { zero, rects } = chart(0, 0);
    expect(zero).toBe(128);
    expect(rects.every((r) => r.h === 0)).toBe(true);
  });

  it('shows its title, not only to screen readers', () => {
    chart(100);
    expect(screen.getByText('Endring i nye midler per år', { selector: 'figcaption' })).toBeTruthy();
  });
});
