// Wording of the report form's questions and sections (shared/report-form.ts).

export const formPracticeQuestion = (unit: string) => `具體作法（${unit}）`;
export const formContentSection = '填報內容';
export const formLateSection = '落後說明';
export const formPracticeHelp = '只列出本單位負責的具體作法。';
export const formDirectPracticeHelp = '由催報信的連結開啟時已選好，可直接按「繼續」。自行填報請留空，下一頁只列出本單位負責的作法。';
export const formStatusHelp = '選「落後」時，下一頁會請您說明落後原因與改善措施。';
export const formResultHelp = '辦理狀態為「未開始」以外時必填。';
// Units often report running totals, which the year-end would add up again (shared/quantity-totals.ts).
export const formQuantityHelp =
  '本期的數字與單位，例：2場、120人次。請填本期辦理的數字，不要填累計數：年度成效會把各期相加成全年合計；寫明「累計」的數字視為到該期為止的總數。';
export const formEvidenceHelp = '網址（http:// 或 https:// 開頭），多個網址請分行填寫。';
export const formLateHelp = '辦理狀態為「落後」時，落後原因與改善措施都必填。';
