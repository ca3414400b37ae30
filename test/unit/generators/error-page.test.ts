import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorPageView, filledMessage, messageSegments } from '../../../src/generators/error-page';
import { errorsForLimitation, errorsForPlugin, limitationLinks } from '../../../src/generators/error-links';
import { errorsIndex } from '../../../src/generators/errors-index';
import { loadModel } from '../../../src/model';

const root = path.resolve('test/fixtures/minimal');
const model = loadModel({ root, dataDir: path.join(root, 'data'), glossaryDir: path.join(root, 'glossary') });
const error = model.errorById.get('widget-shortage')!;
const message = error.data.messages[0]!;

describe('message texts', () => {
  it('split into fixed text and placeholders with their example values', () => {
    expect(messageSegments(message)).toEqual([
      { text: 'Widgets ' },
      { placeholder: 'requested', example: '40' },
      { text: ' exceed the ' },
      { placeholder: 'available', example: '12' },
      { text: ' free widgets of subnet ' },
      { placeholder: 'subnet-name', example: 'widgets-subnet' },
      { text: '.' },
    ]);
  });

  it('fill in with the example, or with other values', () => {
    expect(filledMessage(message)).toBe('Widgets 40 exceed the 12 free widgets of subnet widgets-subnet.');
    expect(filledMessage(message, { requested: 7, available: 3, 'subnet-name': 'mine' })).toBe('Widgets 7 exceed the 3 free widgets of subnet mine.');
  });
});

describe('errorPageView', () => {
  const view = errorPageView(model, error);

  it('names the code, when it happens and the category', () => {
    expect(view).toMatchObject({ code: 'WidgetShortage', pageTitle: 'WidgetShortage: The subnet has no room for more widgets', category: 'Scale' });
    expect(view.operations.map((o) => o.word)).toEqual(['Create', 'Scale']);
  });

  it('resolves limitations, plugins and settings into links, with each setting\'s states by plugin', () => {
    expect(view.limitations).toEqual([{ title: 'A first limitation', href: '/plugins/alpha/#first-limit', owner: 'Alpha Plugin', severity: 'Caution' }]);
    expect(view.plugins).toEqual([{ id: 'alpha', name: 'Alpha Plugin', href: '/plugins/alpha/' }]);
    expect(view.settings).toEqual([
      { id: 'max-widgets', name: 'Max widgets', href: '/settings/#max-widgets', states: [{ word: 'In place', options: ['Alpha'] }, { word: 'New node pool', options: ['Beta'] }] },
    ]);
  });

  it('links the calculator with the prefilled fields it reads', () => {
    expect(view.calculator).toEqual({ href: '/calculators/node-subnet/?nodes=40', label: 'Size the subnet for your node count', title: 'Node subnet calculator' });
  });

  it('marks the quote kind of each message', () => {
    expect(view.messages[0]).toMatchObject({ quote: 'As Microsoft quotes it', hasPlaceholders: true, exampleQuoted: false, filled: filledMessage(message) });
  });
});

describe('error links', () => {
  it('finds errors by plugin, by limitation, and puts a limitation\'s setting state and errors together', () => {
    expect(errorsForPlugin(model, 'alpha').map((e) => e.id)).toEqual(['widget-shortage']);
    expect(errorsForPlugin(model, 'beta')).toEqual([]);
    expect(errorsForLimitation(model, 'beta', 'first-limit')).toEqual([]);
    expect(limitationLinks(model, 'alpha', { id: 'first-limit', setting: 'max-widgets' })).toEqual({
      setting: { id: 'max-widgets', name: 'Max widgets', href: '/settings/#max-widgets', word: 'In place', meaning: 'changes on the running cluster or node pool' },
      errors: [{ id: 'widget-shortage', code: 'WidgetShortage', title: 'The subnet has no room for more widgets', href: '/errors/widget-shortage/' }],
    });
  });
});

describe('errorsIndex', () => {
  it('lists an error under every operation it appears in, in the order of the operations, and skips empty ones', () => {
    expect(errorsIndex(model).map((g) => [g.operation, g.items.map((i) => i.id)])).toEqual([
      ['create', ['widget-shortage']],
      ['scale', ['widget-shortage']],
    ]);
  });
});
