// Wording of import-plan (shared/plan-import/): where in the document, and the 匯入說明 notes.

const quoted = (words: readonly string[]) => words.map((word) => `「${word}」`).join('、');
export const importWhereTitle = '標題';
export const importWhereTable = (table: number) => `第 ${table} 個表格`;
export const importWhereRow = (table: number, row: number) => `第 ${table} 個表格第 ${row} 列`;
export const importWhereRows = (table: number, first: number, last: number) => `第 ${table} 個表格第 ${first}–${last} 列`;
export const importWherePlanTable = '計畫表';
export const importWhereSection = (title: string) => `「${title}」`;
export const importWhereItem = (section: string, labels: string) => `「${section}」${labels}`;
export const importColumnWords = { units: '執行單位', assisting: '協辦單位', deadline: '完成期限', target: '預期目標' } as const;
export const importTitleRead = (agency: string, planName: string, rocYear: number | null, title: string) =>
  `機關名稱「${agency}」、計畫名稱「${planName}」${rocYear === null ? '' : `、計畫年度 ${rocYear} `}取自「${title}」；請確認。`;
export const importAgencyMissing = '文件開頭找不到機關名稱：「設定」分頁的機關名稱留空，請填寫。';
export const importYearMissing = '文件中找不到計畫年度（例：「115年度」）：「設定」分頁的計畫年度留空，請填寫民國年。';
export const importYearFromText = (rocYear: number, text: string) => `標題沒有年度，計畫年度 ${rocYear} 取自內文「${text}」；請確認。`;
export const importCycleFound = (cycle: string, sentence: string) => `填報週期「${cycle}」取自：「${sentence}」；請確認。`;
export const importDueDayFound = (day: number, sentence: string) => `填報截止日 ${day} 日取自：「${sentence}」；請確認。`;
export const importCycleDefault = '文件未寫明多久填報一次：填報週期暫以每月、截止日為次月 5 日（可在「設定」分頁修改）。';
export const importCycleOnlyDefault = '文件未寫明多久填報一次：填報週期暫以每月（可在「設定」分頁修改）；請確認。';
export const importDueDayDefault =
  '文件未寫明每期填報的截止日：填報截止日暫以 5 日（每期結束後的下個月 5 日前；可在「設定」分頁修改）；請確認。';
export const importDueDayUnread = (wording: string, sentence: string) =>
  `填報期限「${wording}」不是每期結束後下個月的固定一天（取自：「${sentence}」）：填報截止日暫以 5 日，請改為實際的截止日（可在「設定」分頁修改）。`;
export const importMeasureFromCaption = (caption: string) => `此表格沒有實施要項欄：以表格上方的標題「${caption}」為實施要項；請確認。`;
export const importIdNumbersMeasures = (column: string) =>
  `「${column}」欄（壹、貳…）編的是實施要項而不是每項作法：具體作法的項次依大綱編號（例：1-2）。`;
export const importTitleRowSkipped = (text: string) => `表格中間的標題列「${text}」未匯入（表格已有實施要項欄）；請確認它不是作法。`;
export const importRowKeptWhole = (id: string, items: number) =>
  `編號 ${id} 這一列寫了 ${items} 個子項：依編號列為一項作法，子項逐行保留在具體作法中；若每個子項要分別填報，請拆成多列。`;
export const importBlankContinued = (column: string, text: string, row: number, id: string) =>
  `${column}空白，沿用「計畫」分頁第 ${row} 列（${id}）的「${text}」（視為合併儲存格）；若不同請改正。`;
export const importBlankKept = (role: 'units' | 'deadline', text: string, row: number, id: string) =>
  `${importColumnWords[role]}空白：文件中這一格沒有與上一列合併，留空即${role === 'units' ? '由全部單位辦理' : '持續辦理、沒有期限'}；若與「計畫」分頁第 ${row} 列（${id}）的「${text}」相同，請填上。`;
export const importUnitsPairedInOrder = (column: string, practices: number, units: number) =>
  `${practices} 項作法、${units} 個單位，已依序對應：${units > practices ? '多出的單位都歸最後一項作法' : '不足時沿用最後一個單位'}；請確認每項作法的${column}。`;
export const importTextsNotPaired = (column: string, practices: number, items: readonly string[]) =>
  `${practices} 項作法、${items.length} 段${column}（${quoted(items)}），無法一段對應一項：每項作法都填入全部 ${items.length} 段${column}；請依原計畫為每項作法刪去不屬於它的${column}。`;
export const importColumnsIgnored = (columns: readonly string[]) =>
  `未匯入的欄：${quoted(columns)}（「計畫」分頁只收項次、實施要項、執行策略、具體作法、執行單位、完成期限、預期目標）。`;
export const importAssistingKept = (column: string) =>
  `「${column}」欄列在「計畫」分頁的「協辦單位」欄，不算執行單位：協辦單位不必填報該項作法；若也要它填報，請把它移到「執行單位」欄。`;
export const importResultsFormSkipped = (header: readonly string[]) =>
  `此表格（${header.join('、')}）是年底填寫的執行成效一覽表，不是計畫，未匯入。`;
export const importOtherTableSkipped = (header: readonly string[]) =>
  `此表格（${header.join('、') || '無標題列'}）沒有具體作法欄，不是計畫表，未匯入；若它是計畫表，請把欄名改為「具體作法」等後再匯入。`;
export const importTableRepeated = '此表格的作法與前面的表格相同（例如附件重列計畫表），未重複匯入。';
export const importPdfTable = (from: 'borders' | 'rules-across' | 'text-positions' | 'spaces') =>
  ({
    borders: '此表格讀自 PDF，儲存格（含合併儲存格）依畫出的框線重建，格內換行依位置判斷是否同一段；請抽查幾列的具體作法與執行單位。',
    'rules-across': '此表格讀自 PDF，只畫了橫線：列與合併儲存格依橫線判斷，欄依文字間的空白推測；請逐列核對各欄是否分對。',
    'text-positions':
      '此表格讀自 PDF 且沒有框線：欄與列都依文字位置推測，看不出合併儲存格；請逐項核對具體作法、執行單位與完成期限，或改用原始的 .docx／.odt。',
    spaces:
      '此表格是從 PDF 複製貼上、以空白分欄的文字：各格依表頭的欄名與內容（單位名稱、期限寫法）推測，折到下一行的字接回上一列；請逐項核對具體作法、執行單位與完成期限，或改貼以 Tab 分欄的文字、改用原始的 .docx／.odt。',
  })[from];
export const importNoPlan = (file: string, paragraphs: number, tables: number, headers: readonly (readonly string[])[]) =>
  `「${file}」中找不到計畫表或具體作法條列：讀到 ${paragraphs} 段文字、${tables} 個表格${headers.length > 0 ? `（表格的欄名：${headers.map((h) => h.join('、') || '無').join('；')}）` : ''}。` +
  '計畫表需有「具體作法」（或作法、執行重點、工作內容等）欄，條列需在「實施要項」「具體作法」等段落中以一、(一)、1. 編號。' +
  '請確認這是計畫本文；若計畫表是掃描的圖片，請改用文字版的檔案。';
export const importListSkipped = (section: string) => `「${section}」的條列是計畫說明，未匯入：具體作法取自計畫表。`;
export const importListPractices = (section: string, count: number) =>
  `文件沒有計畫表：具體作法取自「${section}」的條列（${count} 項），以最底層的條列為作法、上層為實施要項與執行策略；請確認。`;
export const importListOfCells = (file: string, count: number, cells: readonly string[]) =>
  `「${file}」的條列看來是從 PDF 複製、一格一行的表格：${count} 項中有 ${cells.length} 項是單位名稱、期限、欄名或零碎的字（如 ${quoted(cells.slice(0, 5))}），分不出哪些字屬於哪一欄，因此沒有匯入。` +
  '請改貼以 Tab 分欄的文字（例如先貼到試算表再複製），或改用原始的 .docx／.odt／.pdf 匯入。';
export const importListItemLooksLikeCell = (text: string) =>
  `「${text}」看來是表格的一格（單位名稱、期限、欄名或零碎的字），不是具體作法：文件可能是從 PDF 複製、一格一行的表格；請對照原計畫改正或刪除這一列。`;
export const importNoUnitsColumn = '計畫表沒有執行單位欄：執行單位留空，即由全部單位辦理；請依計畫的權責分工填寫各項作法的執行單位。';
export const importUnitsOnlyNamed = (units: readonly string[]) =>
  `「單位」分頁只列出文件寫出的單位${units.length > 0 ? `（${units.join('、')}）` : ''}；寫「各課室」等字樣的作法由分頁中的每個單位辦理，請補列其他單位，並填寫填報人電子郵件。`;
export const importUnitsFromSection = (units: readonly string[]) => `單位 ${quoted(units)} 取自此段落（計畫表沒有寫出單位）。`;
export const importUnitAlias = (alias: string, name: string) =>
  `「${alias}」視為「${name}」的簡稱，列為別名；若是不同單位，請在「單位」分頁分開列出。`;
export const importGroupWrittenOut = (group: string, units: readonly string[]) =>
  `執行單位「${group}」寫成文件中的 ${units.join('、')}；若還有其他單位，請補上。`;
export const importGroupUnknown = (group: string) => `執行單位「${group}」是一群單位，但文件沒有寫出是哪些：請改寫為單位名稱。`;
export const importHelpersNotUnits = (helpers: string) =>
  `協辦單位「${helpers}」列在「計畫」分頁的「協辦單位」欄，不算執行單位：協辦單位不必填報這項作法；若也要它填報，請把它移到「執行單位」欄。`;
export const importOnlyHelpersNamed = (helpers: string) =>
  `執行單位欄只寫了協辦單位「${helpers}」：已列在「計畫」分頁的「協辦單位」欄，執行單位留空（即由全部單位辦理）；請填上這項作法的主辦單位。`;
export const importPersonNotUnit = (word: string) => `「${word}」是職稱或人員，不是單位，未列入「單位」分頁。`;
export const importDeadlineUnknown = (text: string) =>
  `完成期限「${text}」無法辨識為日期或週期，原文保留（彙整時會列為警告）；請改寫，例如「115年3月底前」、「持續辦理」或「每月」。`;
export const importDeadlineRead = (text: string, reading: string) => `完成期限「${text}」讀為「${reading}」；請確認。`;
export const importIdRepeated = (written: string, id: string) => `項次「${written}」與前面的作法重複，本項以「${id}」識別。`;
export const importMeasureMissing = '此作法之前沒有實施要項：請填寫實施要項。';
