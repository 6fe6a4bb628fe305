import { startTestApp, type TestApp } from '../../test/test-app';
import { isValidCorrespondentAccount, isValidInn, isValidOgrn, isValidSettlementAccount } from './requisites-checks';

/** Company requisites: what every document prints, checked digit by digit before it is saved. */
describe('check digits', () => {
  it.each([
    ['7707083893', true], // a real organisation's ИНН
    ['7707083894', false],
    ['500100732259', true], // a valid 12-digit (individual) ИНН
    ['500100732258', false],
    ['77070838', false],
  ])('ИНН %s → %s', (inn, valid) => expect(isValidInn(inn)).toBe(valid));

  it.each([
    ['1027700132195', true],
    ['1027700132196', false],
    ['304500116000157', true],
    ['304500116000158', false],
  ])('ОГРН %s → %s', (ogrn, valid) => expect(isValidOgrn(ogrn)).toBe(valid));

  it('checks both accounts against the БИК', () => {
    // A well-known pair: Sberbank Moscow, БИК 044525225.
    expect(isValidCorrespondentAccount('30101810400000000225', '044525225')).toBe(true);
    expect(isValidCorrespondentAccount('30101810400000000226', '044525225')).toBe(false);
    expect(isValidSettlementAccount('40702810755000012345', '044030901')).toBe(true);
    expect(isValidSettlementAccount('40702810755000012346', '044030901')).toBe(false);
    expect(isValidSettlementAccount('40702810755000012345', '044525225')).toBe(false);
  });
});

describe('RequisitesService', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('starts with fictitious demo requisites that pass its own checks', async () => {
    const requisites = t.services.documents.requisites;
    const demo = await requisites.get();
    expect(demo.legalName).toContain('демо');
    await expect(requisites.update(demo)).resolves.toEqual(demo);
  });

  it('saves valid requisites and refuses bad ones, naming each field', async () => {
    const requisites = t.services.documents.requisites;
    const demo = await requisites.get();
    const saved = await requisites.update({ ...demo, legalName: 'ООО «Невские причалы»', phone: '+7 812 111-22-33' });
    expect(saved.legalName).toBe('ООО «Невские причалы»');
    expect((await requisites.get()).phone).toBe('+7 812 111-22-33');

    await expect(
      requisites.update({ ...demo, inn: '7812345676', kpp: null, bik: '044030902', email: 'nope', offerUrl: 'ftp://x' }),
    ).rejects.toMatchObject({
      code: 'validation_failed',
      status: 400,
      errors: expect.arrayContaining([
        expect.objectContaining({ path: 'body.inn' }),
        expect.objectContaining({ path: 'body.email' }),
        expect.objectContaining({ path: 'body.offerUrl' }),
      ]),
    });
    // Field checks passed, cross-field ones did not: the КПП an organisation must have, accounts of another bank.
    await expect(requisites.update({ ...demo, kpp: null, bik: '044030902' })).rejects.toMatchObject({
      errors: expect.arrayContaining([
        expect.objectContaining({ path: 'body.kpp' }),
        expect.objectContaining({ path: 'body.settlementAccount' }),
        expect.objectContaining({ path: 'body.correspondentAccount' }),
      ]),
    });
    expect((await requisites.get()).legalName).toBe('ООО «Невские причалы»');
  });
});
