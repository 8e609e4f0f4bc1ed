/**
 * Draws the app icons (`npx tsx scripts/makeIcons.ts`): an "N" drawn as a small network — four
 * nodes joined by three lines, people connected — in white on calm teal (color.png, 192×192) and
 * in white on transparent (outline.png, 32×32). Geometry is in a unit square; edges are
 * anti-aliased from signed distances. Deterministic: the same script writes the same bytes.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';

type Rgb = readonly [number, number, number];
/** Signed distance in pixels from the point to a shape's edge (negative inside). */
type Sdf = (x: number, y: number) => number;

interface Point {
  x: number;
  y: number;
}

function segment(a: Point, b: Point, radius: number): Sdf {
  return (x, y) => {
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const t = Math.max(0, Math.min(1, ((x - a.x) * dx + (y - a.y) * dy) / (dx * dx + dy * dy)));
    return Math.hypot(x - (a.x + t * dx), y - (a.y + t * dy)) - radius;
  };
}

function circle(c: Point, radius: number): Sdf {
  return (x, y) => Math.hypot(x - c.x, y - c.y) - radius;
}

function union(...shapes: Sdf[]): Sdf {
  return (x, y) => Math.min(...shapes.map((s) => s(x, y)));
}

function subtract(shape: Sdf, hole: Sdf): Sdf {
  return (x, y) => Math.max(shape(x, y), -hole(x, y));
}

interface Layer {
  shape: Sdf;
  color: Rgb;
}

interface Mark {
  /** Node centres, in pixels: bottom-left, top-left, bottom-right, top-right. */
  nodes: [Point, Point, Point, Point];
  lineRadius: number;
  nodeRadius: number;
  /** Radius of the hole in each node (0: solid nodes). */
  holeRadius: number;
}

function markFor(size: number, inset: number, line: number, node: number, hole: number): Mark {
  const lo = inset * size;
  const hi = (1 - inset) * size;
  return {
    nodes: [
      { x: lo, y: hi },
      { x: lo, y: lo },
      { x: hi, y: hi },
      { x: hi, y: lo },
    ],
    lineRadius: line * size,
    nodeRadius: node * size,
    holeRadius: hole * size,
  };
}

/** The "N": left stem, diagonal, right stem, with a node at each corner. */
function markShape(mark: Mark): Sdf {
  const [bl, tl, br, tr] = mark.nodes;
  const lines = union(
    segment(bl, tl, mark.lineRadius),
    segment(tl, br, mark.lineRadius),
    segment(br, tr, mark.lineRadius),
  );
  const nodes = union(...mark.nodes.map((n) => circle(n, mark.nodeRadius)));
  const shape = union(lines, nodes);
  if (mark.holeRadius <= 0) return shape;
  return subtract(shape, union(...mark.nodes.map((n) => circle(n, mark.holeRadius))));
}

function coverage(shape: Sdf, x: number, y: number): number {
  return Math.max(0, Math.min(1, 0.5 - shape(x + 0.5, y + 0.5)));
}

/** Renders layers over a background (`undefined`: transparent) into a PNG. */
function render(
  size: number,
  background: ((x: number, y: number) => Rgb) | undefined,
  layers: Layer[],
): Buffer {
  const png = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      let [r, g, b] = background ? background(x, y) : [0, 0, 0];
      let a = background ? 1 : 0;
      for (const layer of layers) {
        const c = coverage(layer.shape, x, y);
        if (c === 0) continue;
        const outA = c + a * (1 - c);
        r = (layer.color[0] * c + r * a * (1 - c)) / outA;
        g = (layer.color[1] * c + g * a * (1 - c)) / outA;
        b = (layer.color[2] * c + b * a * (1 - c)) / outA;
        a = outA;
      }
      const i = (y * size + x) * 4;
      const visible = a > 0;
      png.data[i] = visible ? Math.round(r) : 0;
      png.data[i + 1] = visible ? Math.round(g) : 0;
      png.data[i + 2] = visible ? Math.round(b) : 0;
      png.data[i + 3] = Math.round(a * 255);
    }
  }
  return PNG.sync.write(png, { colorType: 6 });
}

const WHITE: Rgb = [255, 255, 255];
const TEAL_TOP: Rgb = [22, 150, 142];
const TEAL_BOTTOM: Rgb = [9, 104, 110];
const WARM: Rgb = [255, 196, 140];

function tealGradient(size: number): (x: number, y: number) => Rgb {
  return (x, y) => {
    const t = (x + y) / (2 * (size - 1));
    const mix = (k: 0 | 1 | 2): number => TEAL_TOP[k] + (TEAL_BOTTOM[k] - TEAL_TOP[k]) * t;
    return [mix(0), mix(1), mix(2)];
  };
}

export function colorIcon(): Buffer {
  const size = 192;
  const mark = markFor(size, 0.29, 0.042, 0.088, 0.038);
  // One node in a warm tone: the person you were looking for.
  const found = mark.nodes[3];
  return render(size, tealGradient(size), [
    { shape: markShape(mark), color: WHITE },
    { shape: circle(found, mark.holeRadius + 0.5), color: WARM },
  ]);
}

export function outlineIcon(): Buffer {
  const size = 32;
  return render(size, undefined, [
    { shape: markShape(markFor(size, 0.22, 0.05, 0.11, 0)), color: WHITE },
  ]);
}

function main(): void {
  const dir = path.resolve(__dirname, '..', 'manifest');
  writeFileSync(path.join(dir, 'color.png'), colorIcon());
  writeFileSync(path.join(dir, 'outline.png'), outlineIcon());
  console.log(`Wrote color.png and outline.png to ${dir}`);
}

main();
