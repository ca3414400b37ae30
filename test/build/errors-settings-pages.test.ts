import { beforeAll, describe, expect, it } from 'vitest';
import { filledMessage } from '../../src/generators/error-page';
import { CALCULATOR_SPECS } from '../../src/generators/calculators/specs';
import { dataLocations, loadModel } from '../../src/model';
import { CHANGE_STATES } from '../../src/schemas';
import { ensureDist, readPage } from '../support/dist';
import { decodeEntities } from '../support/html';

beforeAll(() => ensureDist());

const model = loadModel(dataLocations());
/** Visible text of a piece of HTML, tags removed and entities decoded. */
const text = (html: string) => decodeEntities(html.replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ');

describe('/errors/ and the error pages', () => {
  it('every error has a page with its code, every message (variable parts marked) and a filled-in example', () => {
    for (const e of model.errors) {
      const html = readPage(`/errors/${e.id}/`);
      const body = text(html);
      expect(body, e.id).toContain(e.data.code);
      for (const m of e.data.messages) {
        expect(body, `${e.id}: the message with its placeholders`).toContain(m.text.replace(/\s+/g, ' '));
        if (Object.keys(m.example).length) expect(body, `${e.id}: the example`).toContain(filledMessage(m).replace(/\s+/g, ' '));
      }
      expect(html, e.id).toContain('data-pagefind-filter="type:Error"');
    }
  });

  it('/errors/ lists every error, without JavaScript, under each operation it appears in', () => {
    const html = readPage('/errors/');
    for (const e of model.errors) {
      for (const op of e.data.operations) {
        const section = new RegExp(`<section[^>]*data-operation-group="${op}"[\\s\\S]*?</section>`).exec(html)?.[0] ?? '';
        expect(section, `${e.id} under ${op}`).toContain(`href="/errors/${e.id}/"`);
      }
    }
    expect(html).toContain('data-error-filters');
  });

  it('covers create, scale, upgrade and migration, with at least 25 errors', () => {
    expect(model.errors.length).toBeGreaterThanOrEqual(25);
    for (const op of ['create', 'scale', 'upgrade', 'migrate'] as const) expect(model.errors.some((e) => e.data.operations.includes(op)), op).toBe(true);
  });

  it('calculator links prefill only fields the calculator has', () => {
    for (const e of model.errors) {
      const calc = e.data.calculator;
      if (!calc) continue;
      const fields = CALCULATOR_SPECS[calc.name as keyof typeof CALCULATOR_SPECS].fields.map((f) => f.name);
      for (const key of Object.keys(calc.inputs)) expect(fields, `${e.id}: ${calc.name} has a field ${key}`).toContain(key);
      expect(readPage(`/errors/${e.id}/`)).toContain(`href="/calculators/${calc.name}/?`);
    }
  });

  it('errors are linked from the plugin pages and the limitations they relate to', () => {
    for (const e of model.errors) {
      for (const ref of e.data.limitations) {
        const owner = model.pluginById.has(ref.owner) ? `/plugins/${ref.owner}/` : `/policy-engines/${ref.owner}/`;
        const card = new RegExp(`<li class="fm-limitation[^"]*"[^>]*>(?:(?!<li class="fm-limitation)[\\s\\S])*?id="${ref.id}"[\\s\\S]*?</li>`).exec(readPage(owner))?.[0] ?? '';
        expect(card, `${owner}#${ref.id} links ${e.id}`).toContain(`href="/errors/${e.id}/"`);
        const index = readPage('/limitations/');
        expect(index, `/limitations/ links ${e.id} from ${ref.id}`).toContain(`href="/errors/${e.id}/"`);
      }
      for (const id of e.data.plugins ?? []) expect(readPage(`/plugins/${id}/`), `${id} lists ${e.id}`).toContain(`href="/errors/${e.id}/"`);
    }
  });
});

describe('/settings/', () => {
  const html = readPage('/settings/');

  it('lists at least 20 settings, each with its own anchor', () => {
    expect(model.settings.length).toBeGreaterThanOrEqual(20);
    for (const s of model.settings) expect(html.match(new RegExp(`id="${s.id}"`, 'g')) ?? [], s.id).toHaveLength(1);
  });

  it('gives every setting a change state for every plugin', () => {
    for (const s of model.settings) {
      const row = new RegExp(`<tr data-setting="${s.id}">[\\s\\S]*?</tr>`).exec(html)?.[0] ?? '';
      const states = [...row.matchAll(/<td data-plugin="([^"]+)" data-state="([^"]+)"/g)].map((m) => [m[1], m[2]]);
      expect(states.map(([p]) => p), s.id).toEqual(model.plugins.map((p) => p.id));
      for (const [, state] of states) expect(CHANGE_STATES as readonly string[], `${s.id}: ${state}`).toContain(state);
    }
  });

  it('says where Microsoft pages disagree, with both sources', () => {
    const maxPods = /<section class="fm-setting"[^>]*aria-labelledby="max-pods"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    expect(text(maxPods)).toContain('Sources disagree');
    const url = (id: string) => model.sourceById.get(id)!.data.url;
    expect(maxPods).toContain(url('aks-create-node-pools'));
    expect(maxPods).toContain(url('aks-upgrade-capacity-planning'));
  });
});

describe('settings on plugin pages, limitations and migrations', () => {
  it("every plugin page shows its own column: a row per setting with that plugin's state", () => {
    for (const p of model.plugins) {
      const html = readPage(`/plugins/${p.id}/`);
      for (const s of model.settings) expect(html, `${p.id}: ${s.id}`).toMatch(new RegExp(`<tr data-setting="${s.id}" data-state="(${CHANGE_STATES.join('|')})"`));
    }
  });

  it('a limitation that names a setting shows whether that setting can change, from the settings data', () => {
    const html = readPage('/plugins/kubenet/');
    const card = /<li class="fm-limitation[^"]*"[^>]*>(?:(?!<li class="fm-limitation)[\s\S])*?id="pod-cidr-fixed"[\s\S]*?<\/li>/.exec(html)?.[0] ?? '';
    expect(card).toContain('href="/settings/#pod-cidr"');
    expect(text(card)).toContain('fixed at creation');
  });

  it('a migration shows the settings it changes with their change state', () => {
    const html = readPage('/plugins/kubenet/');
    const migrations = /<h3 id="migrations-out"[\s\S]*?<h3 id="migrations-in"/.exec(html)?.[0] ?? '';
    for (const id of ['network-plugin', 'network-plugin-mode', 'pod-cidr']) expect(migrations, id).toContain(`href="/settings/#${id}"`);
  });
});
