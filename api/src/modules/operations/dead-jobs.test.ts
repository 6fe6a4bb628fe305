import request from 'supertest';
import { startTestApp, type TestApp } from '../../test/test-app';
import { startSmtpReceiver, type SmtpReceiver } from '../../test/smtp-receiver';
import { enqueue, pause, until } from '../../test/notifications-factory';
import { auditRows, makeStaff, type StaffLogin } from '../../test/staff-factory';

/** Jobs that failed every attempt: listed for the CRM, replayed once, audited. */
let t: TestApp;
let smtp: SmtpReceiver;
let admin: StaffLogin;
let reader: StaffLogin;
beforeAll(async () => {
  smtp = await startSmtpReceiver();
  t = await startTestApp({ workers: { smtpUrl: smtp.url } });
  admin = await makeStaff(t, { grants: { settings: 'write' } });
  reader = await makeStaff(t, { grants: { settings: 'read' } });
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

const api = (method: 'get' | 'put' | 'post', path: string, staff: StaffLogin = admin) => request(t.server)[method](`/api/v1/admin${path}`).set(staff.auth);

describe('dead jobs', () => {
  it('lists a job that failed every attempt, and a replay runs it again once, audited', async () => {
    smtp.refuseNext(3);
    const email = `dead.${Date.now()}@example.ru`;
    const jobId = await enqueue(t, 'notification.password_reset', { email, locale: 'en', link: 'https://prichal.example/account/reset?token=x' });
    let dead: any[] = [];
    await until(async () => {
      dead = (await api('get', '/jobs/dead', reader)).body.items;
      return dead.some((job) => job.id === jobId);
    }, 15_000, 'dead job listed');
    expect(dead.find((job) => job.id === jobId)).toEqual({
      id: jobId, topic: 'notification.password_reset', orderId: null, lastError: expect.stringMatching(/451/), createdAt: expect.any(String), deadAt: expect.any(String),
    });
    expect((await api('post', `/jobs/${jobId}/replay`, reader)).status).toBe(403);

    const replayed = await api('post', `/jobs/${jobId}/replay`);
    expect(replayed.status).toBe(200);
    expect(replayed.body).toEqual({ id: jobId, topic: 'notification.password_reset', replayed: true });
    const resets = () => smtp.mails.filter((m) => m.to && !Array.isArray(m.to) && m.to.value[0]?.address === email);
    await until(() => resets().length > 0, 15_000, 'mail after the replay');
    await pause(300);
    expect(resets().map((m) => m.subject)).toEqual(['Reset your password']);
    expect((await api('get', '/jobs/dead')).body.items.map((job: { id: string }) => job.id)).not.toContain(jobId);
    expect((await auditRows(t, 'job', jobId)).map((r) => [r.action, r.actor_id, r.before.lastError, r.after])).toEqual([
      ['job.replay', admin.id, expect.stringMatching(/451/), { topic: 'notification.password_reset', deadAt: null }],
    ]);
    const again = await api('post', `/jobs/${jobId}/replay`);
    expect(again.status).toBe(404);
    expect(again.body.code).toBe('dead_job_not_found');
  });
});
