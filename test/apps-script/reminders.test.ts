import { beforeAll, describe, expect, it } from 'vitest';
import * as msg from '../../shared/messages/apps-script.ts';
import { cellOf, findSubmissionSources, readSubmissions } from '../../shared/submission-tabs.ts';
import { prefilledAnswers, walkFakeForm } from './fakes/form-walk.ts';
import { at, buildBundle, bundleWithIngest, coordinatorSpreadsheet, goodResponse } from './setup-bundle.ts';

beforeAll(buildBundle);

// At NOW (2026-11-23) the last period whose 填報截止日 (the 5th) has passed is 115年10月.
const october = (unit: string, practice: string) =>
  goodResponse({
    時間戳記: at('2026-11-03T10:00:00+08:00'),
    填報單位: unit,
    具體作法: practice,
    填報期間: '115年10月',
    辦理狀態: '持續辦理',
    執行成效: '按月辦理',
  });

function scenario() {
  const spreadsheet = coordinatorSpreadsheet([
    october('民政課', '1-1'),
    october('民政課', '2-1'),
    october('秘書室', '1-1'),
    october('秘書室', '1-2'),
    october('社會課', '2-1'),
  ]);
  return { spreadsheet, ...bundleWithIngest(spreadsheet) };
}

describe('催報', () => {
  it('previews, without sending, a letter to each unit late for the last closed period', () => {
    const { gas } = scenario();
    gas.run('previewReminders');
    expect(gas.spreadsheetApp.ui.alerts.at(-1)?.prompt).toBe(
      [
        '預覽：以下為115年10月的催報信，尚未寄出。',
        '',
        '【民政課】寄給 civil@test.example.gov.tw（依據：本試算表的填報資料）',
        '・2-1-2 里鄰長研習',
        '',
        '【社會課】寄給 social@test.example.gov.tw（依據：本試算表的填報資料）',
        '・1-1 檢討各項申請表單',
      ].join('\n'),
    );
    expect(gas.mail.outbox).toEqual([]);
    expect(gas.properties.script.getProperty('GUANKAO_REMINDED_PERIOD')).toBeNull();
  });

  it('mails each late unit once per period from the monthly trigger', () => {
    const { gas } = scenario();
    gas.run('sendReminders', undefined, { ui: false });
    expect(gas.mail.outbox.map((mail) => [mail.to, mail.subject])).toEqual([
      ['civil@test.example.gov.tw', msg.gasReminderSubject('115年10月')],
      ['social@test.example.gov.tw', msg.gasReminderSubject('115年10月')],
    ]);
    expect(gas.mail.outbox[0]?.body).toContain('115年11月5日');
    expect(gas.mail.outbox[0]?.body).toContain('・2-1-2 里鄰長研習');
    gas.clock.advance(24 * 3_600_000);
    gas.run('sendReminders', undefined, { ui: false });
    expect(gas.mail.outbox).toHaveLength(2);
  });

  it('remembers each letter as it is sent: after the mail quota runs out part way, the next run mails only the rest', () => {
    const { gas } = scenario();
    gas.mail.quota = 1;
    expect(() => gas.run('sendReminders', undefined, { ui: false })).not.toThrow();
    expect(gas.mail.outbox.map((mail) => mail.to)).toEqual(['civil@test.example.gov.tw']);
    // The trigger's log says, in zh-TW, who was not reached and what to do; nothing is thrown.
    const [logged] = gas.logger.events().filter((event) => event.event === 'reminders.sent');
    expect(logged?.text).toContain(msg.gasReminderMailStopped(['社會課']));
    expect(gas.logger.events().map((event) => event.event)).not.toContain('trigger.failed');
    gas.mail.quota = 100;
    gas.clock.advance(24 * 3_600_000);
    gas.run('sendReminders', undefined, { ui: false });
    expect(gas.mail.outbox.map((mail) => mail.to)).toEqual(['civil@test.example.gov.tw', 'social@test.example.gov.tw']);
    gas.run('sendReminders', undefined, { ui: false });
    expect(gas.mail.outbox).toHaveLength(2);
  });

  it('says in the trigger log, in zh-TW, why no letter went out when the plan cannot be read', () => {
    const { gas, spreadsheet } = scenario();
    spreadsheet.sheet('計畫').setName('舊計畫');
    expect(() => gas.run('sendReminders', undefined, { ui: false })).not.toThrow();
    expect(gas.mail.outbox).toEqual([]);
    const [logged] = gas.logger.events().filter((event) => event.event === 'reminders.not-sent');
    expect(String(logged?.text)).toMatch(/計畫/u);
  });

  it('reads a generated form, whose 具體作法 is one column on the first page and one per unit section', () => {
    const { gas, spreadsheet } = scenario();
    gas.run('syncFormFromPlan');
    // Google keeps the response tab's header in step with the form: 時間戳記, the e-mail, then each question.
    const form = gas.formApp.forms[0];
    const header = [
      '時間戳記',
      '電子郵件地址',
      ...(form?.items ?? []).filter((item) => item.getType() !== 'PAGE_BREAK').map((item) => item.title),
    ];
    const generated = spreadsheet.sheet('表單回應 2');
    header.forEach((title, index) => {
      generated.put(1, index + 1, title);
    });
    expect(header.filter((title) => title.startsWith('具體作法'))).toHaveLength(4);
    const row = header.map((title) =>
      title === '時間戳記'
        ? at('2026-11-04T08:00:00+08:00')
        : ((
            {
              電子郵件地址: 'social@test.example.gov.tw',
              填報單位: '社會課',
              '具體作法（社會課）': '1-1 檢討各項申請表單',
              填報期間: '115年10月',
              辦理狀態: '辦理中',
              執行成效: '檢討 3 種表單',
            } as Record<string, string>
          )[String(title)] ?? ''),
    );
    generated.appendRow(row);
    gas.run('previewReminders');
    expect(gas.spreadsheetApp.ui.alerts.at(-1)?.prompt).not.toContain('【社會課】');
  });

  it('gives each late practice a link that answers 填報單位, 具體作法 and 填報期間, skips the unit’s page, and leaves 2 answers to give', () => {
    const { gas, spreadsheet } = scenario();
    gas.run('syncFormFromPlan');
    const form = gas.formApp.forms[0];
    if (!form) throw new Error('no form');
    gas.run('sendReminders', undefined, { ui: false });
    const letter = gas.mail.outbox.find((mail) => mail.to === 'civil@test.example.gov.tw');
    const link = /・2-1-2 里鄰長研習\n {2}填報連結（[^）]*）：(\S+)/u.exec(letter?.body ?? '')?.[1];
    if (!link) throw new Error(`no link in ${letter?.body}`);
    const prefilled = prefilledAnswers(form, link);
    expect(prefilled).toEqual({ 填報單位: '民政課', 具體作法: '2-1-2 里鄰長研習', 填報期間: '115年10月' });
    const typed = { 辦理狀態: '已完成', 執行成效: '研習完成，62 人參加' };
    const walk = walkFakeForm(form, { ...prefilled, ...typed });
    expect(walk.pages).toEqual(['', '填報內容']);
    expect(walk.missing).toEqual([]);
    // What Google writes for that response counts: 民政課 is no longer late.
    const header = ['時間戳記', '電子郵件地址', ...form.items.filter((item) => item.getType() !== 'PAGE_BREAK').map((item) => item.title)];
    const responses = spreadsheet.sheet('表單回應 2');
    header.forEach((title, index) => {
      responses.put(1, index + 1, title);
    });
    responses.appendRow(header.map((title) => (title === '時間戳記' ? at('2026-11-24T08:00:00+08:00') : (walk.answers[title] ?? ''))));
    gas.run('previewReminders');
    expect(gas.spreadsheetApp.ui.alerts.at(-1)?.prompt).not.toContain('【民政課】');
  });

  it('sends letters without links when the spreadsheet has no Form', () => {
    const { gas } = scenario();
    gas.run('sendReminders', undefined, { ui: false });
    expect(gas.mail.outbox[0]?.body).toContain('・2-1-2 里鄰長研習\n\n');
    expect(gas.mail.outbox[0]?.body).not.toContain('填報連結');
  });

  it('reads a row with two 具體作法 answers as the functions do: the exact header before the noted one', () => {
    // Header order puts 具體作法（社會課） first; the shared rule (mapHeaderAll, cellOf) reads 具體作法.
    const header = ['時間戳記', '電子郵件地址', '填報單位', '具體作法（社會課）', '填報期間', '辦理狀態', '執行成效', '具體作法'];
    const row = [
      '',
      'social@test.example.gov.tw',
      '社會課',
      '2-1 辦理民眾滿意度調查',
      '115年10月',
      '辦理中',
      '檢討 3 種表單',
      '1-1 檢討各項申請表單',
    ];
    const spreadsheet = coordinatorSpreadsheet(
      [october('民政課', '1-1'), october('民政課', '2-1'), october('秘書室', '1-1'), october('秘書室', '1-2'), october('社會課', '2-1')],
      { '表單回應 2': [header, row] },
    );
    spreadsheet.sheet('表單回應 2').put(2, 1, at('2026-11-04T08:00:00+08:00'));
    const [raw] = readSubmissions(findSubmissionSources({ tabs: [{ name: '表單回應 2', rows: [header, row] }] }));
    expect(raw && cellOf(raw, '具體作法')).toBe('1-1 檢討各項申請表單');
    const { gas } = bundleWithIngest(spreadsheet);
    gas.run('previewReminders');
    // 社會課 reported 2-1 in 表單回應 1 and 1-1 here: nothing is late.
    expect(gas.spreadsheetApp.ui.alerts.at(-1)?.prompt).not.toContain('【社會課】');
  });
});
