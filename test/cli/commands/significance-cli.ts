/** Paths shared by the significance command tests. */
import { fileURLToPath } from 'node:url';

export const GRAPHS = fileURLToPath(new URL('../../../graphs/', import.meta.url));
export const KYOTO = `${GRAPHS}kyoto-life-science.json`;
export const KOBE = `${GRAPHS}kobe-biomedical.json`;
export const HAMAMATSU = `${GRAPHS}hamamatsu-spinoffs.json`;
