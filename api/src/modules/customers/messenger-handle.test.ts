import { normalizeHandle } from './messenger-handle';

describe('messenger handles', () => {
  it('puts each messenger’s handle in the form its adapter addresses', () => {
    expect(normalizeHandle('telegram', 'maria_spb')).toBe('@maria_spb');
    expect(normalizeHandle('telegram', '@maria_spb')).toBe('@maria_spb');
    expect(normalizeHandle('telegram', '123456789')).toBe('123456789');
    expect(normalizeHandle('whatsapp', '8 (921) 123-45-67')).toBe('+79211234567');
    expect(normalizeHandle('max', '987654321')).toBe('987654321');
    expect(normalizeHandle('max', '+7 921 123 45 67')).toBe('+79211234567');
  });

  it('refuses what no adapter could write to', () => {
    expect(normalizeHandle('telegram', '@ab')).toBeNull();
    expect(normalizeHandle('telegram', 'мария')).toBeNull();
    expect(normalizeHandle('whatsapp', 'maria_spb')).toBeNull();
    expect(normalizeHandle('max', 'maria')).toBeNull();
  });
});
