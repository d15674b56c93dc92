import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dir = fileURLToPath(new URL('./locales', import.meta.url));

/** Every Spanish string with where it lives, e.g. ["settings.json", "title", "Configuración"]. */
function spanishStrings(): [file: string, key: string, text: string][] {
  const files = [join(dir, 'es.json'), ...readdirSync(join(dir, 'es')).map((f) => join(dir, 'es', f))];
  const out: [string, string, string][] = [];
  const walk = (file: string, value: unknown, key: string): void => {
    if (typeof value === 'string') out.push([file.slice(dir.length + 1), key, value]);
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(file, v, key ? `${key}.${k}` : k);
  };
  for (const file of files) walk(file, JSON.parse(readFileSync(file, 'utf8')), '');
  return out;
}

/** A whole-word pattern, any case; letters such as ñ and á count as part of a word ("años" is not "os"). */
const word = (alternatives: string): RegExp => new RegExp(`(?<!\\p{L})(?:${alternatives})(?!\\p{L})`, 'iu');

// Spain's words and the usted/vosotros forms, each beside the neutral Latin American word Hearth uses
// (README.md says which register and why).
const OTHER_REGISTER: readonly [pattern: RegExp, use: string][] = [
  [word('ordenador(?:es)?'), 'computadora'],
  [word('ajustes'), 'configuración'],
  [word('m[oó]vil(?:es)?'), 'celular'],
  [word('puls(?:a|e|ar|ando)'), 'presiona'],
  [word('intro'), 'Enter'],
  [word('may[uú]s'), 'Shift'],
  [word('ficheros?'), 'archivo'],
  [word('coger'), 'tomar'],
  [word('vale(?! la pena)'), 'de acuerdo'],
  [word('(?:ningún|otro|cualquier) sitio'), 'lugar'],
  [word('vosotr[oa]s|vuestr[oa]s?|os'), 'tú / ustedes'],
  [word('\\p{L}+(?:áis|éis)'), 'the tú or ustedes form'],
  [word('usted(?:es)?'), 'tú'],
  // Usted imperatives addressed to the person.
  [word('elija|escriba|seleccione|haga|introduzca|compruebe|pruebe|vuelva|espere|intente|abra|cierre|guarde|descargue|instale|revise|asegúrese'), 'the tú imperative'],
];

describe('Spanish in one register (neutral Latin American, tú)', () => {
  it('no Spanish string uses the other register', () => {
    const found = spanishStrings().flatMap(([file, key, text]) =>
      OTHER_REGISTER.filter(([pattern]) => pattern.test(text)).map(([pattern, use]) => `${file} ${key}: ${pattern.exec(text)?.[0]} (use ${use})`),
    );
    expect(found).toEqual([]);
  });

  it('the scan would catch a slip', () => {
    const slips = ['Guardado en este ordenador', 'Pulsa Intro', 'Abre los Ajustes', '¿Queréis seguir?', 'Elija un archivo', 'Os esperamos'];
    expect(OTHER_REGISTER.some(([p]) => p.test('12 años desde el diagnóstico'))).toBe(false);
    for (const slip of slips) expect(OTHER_REGISTER.some(([p]) => p.test(slip)), slip).toBe(true);
  });
});
