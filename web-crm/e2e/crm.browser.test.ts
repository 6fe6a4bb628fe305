import { makeStaff, STAFF_PASSWORD } from '../../api/src/test/staff-factory';
import { newCrmPage, screenshot, startCrmHarness, type CrmHarness } from './harness';

let h: CrmHarness;
beforeAll(async () => {
  h = await startCrmHarness();
}, 30_000);
afterAll(() => h?.close());

const MANAGER_EMAIL = 'manager.refunds@prichal.test';
const MANAGER_FIRST_PASSWORD = 'первый-пароль-1';
const MANAGER_PASSWORD = 'мой-новый-пароль-2';

it('an administrator signs in, replaces the first password and creates a Manager with orders and refunds', async () => {
  const admin = await makeStaff(h.app, { role: 'administrator', mustChangePassword: true });
  const page = await newCrmPage(h);
  await page.goto(`${h.origin}/admin/`);
  await page.getByLabel('Эл. почта').fill(admin.email);
  await page.getByLabel('Пароль').fill(STAFF_PASSWORD);
  await screenshot(page, 'login');
  await page.getByRole('button', { name: 'Войти' }).click();

  await page.getByRole('heading', { name: 'Задайте новый пароль' }).waitFor();
  await page.getByLabel('Текущий пароль').fill(STAFF_PASSWORD);
  await page.getByLabel('Новый пароль', { exact: true }).fill('админ-пароль-2026');
  await page.getByLabel('Повторите новый пароль').fill('админ-пароль-2026');
  await screenshot(page, 'forced-password');
  await page.getByRole('button', { name: 'Сменить пароль' }).click();

  await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Сотрудники' }).click();
  await page.getByRole('button', { name: 'Новый сотрудник' }).click();
  await page.getByLabel('Имя').fill('Мария Менеджер');
  await page.getByLabel('Эл. почта').fill(MANAGER_EMAIL);
  await page.getByLabel('Первый пароль').fill(MANAGER_FIRST_PASSWORD);
  await page.getByLabel('Заказы: Изменение').check();
  await page.getByLabel('Возвраты: Изменение').check();
  await screenshot(page, 'new-manager');
  await page.getByRole('button', { name: 'Создать сотрудника' }).click();
  await page.getByRole('heading', { name: 'Мария Менеджер' }).waitFor();
  await screenshot(page, 'manager-created');

  const [row] = await h.app.db.query(`SELECT role, must_change_password FROM staff_user WHERE email = $1`, [MANAGER_EMAIL]);
  expect(row).toEqual({ role: 'manager', must_change_password: true });
  const grants = await h.app.db.query(
    `SELECT p.section, p.access FROM staff_permission p JOIN staff_user u ON u.id = p.user_id WHERE u.email = $1 ORDER BY p.section`,
    [MANAGER_EMAIL],
  );
  expect(grants).toEqual([{ section: 'orders', access: 'write' }, { section: 'refunds', access: 'write' }]);
  void MANAGER_PASSWORD;
});
