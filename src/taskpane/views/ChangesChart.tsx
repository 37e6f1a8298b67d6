/**
 * A small SVG bar chart of a change per year: bars rise above the zero line for more, fall below it for less
 * (the look of CostChart.tsx). The zero line sits where the largest rise and the largest fall leave it: with
 * no fall it is the bottom of the chart, right above the years. The title is shown; the values are in the
 * description, for screen readers.
 */
import { tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { Kr, Unit } from '../../domain';
import { signedAmount } from '../../report/compareCells';

interface Props {
  readonly bars: readonly { readonly year: number; readonly delta: Kr }[];
  readonly unit: Unit;
  readonly title: string;
  readonly description: string;
}

/** Height of the bars' area, and the room kept above (below) it for a rising (falling) bar's value. */
const PLOT = 128;
const PAD = 14;
const BAR = 28;
const GAP = 14;
const LABEL = 14;

/** The zero line's y and the px per krone: the largest rise reaches PAD, the largest fall PLOT − PAD. */
function chartScale(deltas: readonly number[]): { zero: number; scale: number } {
  const up = Math.max(0, ...deltas);
  const down = Math.max(0, ...deltas.map((d) => -d));
  const below = down > 0 ? PAD : 0;
  if (up + down === 0) return { zero: PLOT - below, scale: 0 };
  const scale = (PLOT - PAD - below) / (up + down);
  return { zero: PAD + up * scale, scale };
}

export function ChangesChart({ bars, unit, title, description }: Props): JSX.Element {
  const { zero, scale } = chartScale(bars.map((b) => b.delta));
  const width = Math.max(1, bars.length) * (BAR + GAP) + GAP;
  const id = useId();
  return (
    <figure className="tp-chart">
      <figcaption className="tp-caption">{title}</figcaption>
      <svg
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
        viewBox={`0 0 ${width} ${PLOT + LABEL + 6}`}
        width="100%"
        height="150"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>
          {description} {bars.map((b) => `${b.year}: ${signedAmount(b.delta, unit)}`).join('; ')}
        </desc>
        <line x1={0} x2={width} y1={zero} y2={zero} stroke="currentColor" strokeWidth={1} />
        {bars.map((b, i) => {
          const h = Math.abs(b.delta) * scale;
          const x = GAP + i * (BAR + GAP);
          const up = b.delta >= 0;
          const color = up ? tokens.colorPaletteBerryBorderActive : tokens.colorPaletteTealBorderActive;
          return (
            <g key={b.year}>
              <rect x={x} y={up ? zero - h : zero} width={BAR} height={h} fill={color} />
              {b.delta !== 0 && (
                <text
                  x={x + BAR / 2}
                  y={up ? zero - h - 3 : zero + h + 10}
                  textAnchor="middle"
                  fontSize="9"
                  fill="currentColor"
                >
                  {signedAmount(b.delta, unit)}
                </text>
              )}
              <text x={x + BAR / 2} y={PLOT + LABEL} textAnchor="middle" fontSize="10" fill="currentColor">
                {b.year}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
