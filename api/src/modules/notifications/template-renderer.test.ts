import { placeholdersIn, renderTemplate } from './template-renderer';

describe('renderTemplate', () => {
  it('fills placeholders, with or without spaces inside the braces', () => {
    expect(renderTemplate('Заказ {{orderNumber}} — {{ total }}', { orderNumber: 'P-000042', total: '1 500,00 ₽' }, 'text')).toBe('Заказ P-000042 — 1 500,00 ₽');
  });

  it('escapes values in HTML and turns their line breaks into <br>, leaving the template’s own markup alone', () => {
    const html = renderTemplate('<p>{{name}}</p><p>{{tickets}}</p>', { name: `<script>alert("x")</script> & 'Co'`, tickets: '• A\n• B' }, 'html');
    expect(html).toBe('<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Co&#39;</p><p>• A<br>\n• B</p>');
  });

  it('leaves values unescaped in text', () => {
    expect(renderTemplate('{{name}}', { name: 'A & <B>' }, 'text')).toBe('A & <B>');
  });

  it('refuses a placeholder it has no value for', () => {
    expect(() => renderTemplate('{{missing}}', {}, 'text')).toThrow('no value for {{missing}}');
  });

  it('does not read placeholders inside values (no second pass)', () => {
    expect(renderTemplate('{{a}}', { a: '{{b}}', b: 'x' }, 'text')).toBe('{{b}}');
  });
});

describe('placeholdersIn', () => {
  it('lists each placeholder once', () => {
    expect(placeholdersIn('{{a}} {{ b }} {{a}}')).toEqual({ names: ['a', 'b'], malformed: [] });
  });

  it.each([['{{orderNumber'], ['orderNumber}}'], ['{{order number}}'], ['{{}}'], ['{{ 1st }}']])('reports %s as malformed', (text) => {
    expect(placeholdersIn(`Заказ ${text}`).malformed).not.toEqual([]);
  });
});
