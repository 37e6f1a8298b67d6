/**
 * A small SVG bar chart of a change per year: bars rise above the zero line for more, fall below it for less
 * (the look of CostChart.tsx). The values are in the description, for screen readers.
 */
import { tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { formatAmount, type Kr, type Unit } from '../../domain';

interface Props {
  readonly bars: readonly { readonly year: number; readonly delta: Kr }[];
  readonly unit: Unit;
  readonly title: string;
  readonly description: string;
}

const HALF = 64;
const BAR = 28;
const GAP = 14;
const LABEL = 14;

export function ChangesChart({ bars, unit, title, description }: Props): JSX.Element {
  const max = Math.max(1, ...bars.map((b) => Math.abs(b.delta)));
  const width = Math.max(1, bars.length) * (BAR + GAP) + GAP;
  const id = useId();
  return (
    <figure className="tp-chart">
      <svg
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
        viewBox={`0 0 ${width} ${2 * HALF + LABEL + 6}`}
        width="100%"
        height="150"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>
          {description} {bars.map((b) => `${b.year}: ${formatAmount(b.delta, unit)}`).join('; ')}
        </desc>
        <line x1={0} x2={width} y1={HALF} y2={HALF} stroke="currentColor" strokeWidth={1} />
        {bars.map((b, i) => {
          const h = (Math.abs(b.delta) / max) * (HALF - 14);
          const x = GAP + i * (BAR + GAP);
          const up = b.delta >= 0;
          const color = up ? tokens.colorPaletteBerryBorderActive : tokens.colorPaletteTealBorderActive;
          return (
            <g key={b.year}>
              <rect x={x} y={up ? HALF - h : HALF} width={BAR} height={h} fill={color} />
              {b.delta !== 0 && (
                <text
                  x={x + BAR / 2}
                  y={up ? HALF - h - 3 : HALF + h + 10}
                  textAnchor="middle"
                  fontSize="9"
                  fill="currentColor"
                >
                  {formatAmount(b.delta, unit)}
                </text>
              )}
              <text x={x + BAR / 2} y={2 * HALF + LABEL} textAnchor="middle" fontSize="10" fill="currentColor">
                {b.year}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
