// Text a rule may meet thousands of times on one line with no full stop: each phrase is what one
// family of rules looks for (a request to a unit, a count, a citation, a phase…). Repeated to fill
// the characters the extractor analyses, it finds any rule whose work grows with the square of the
// line, where a real document's lines are short.

/** One phrase per family of rules, repeated to make a hostile line. */
export const HOSTILE_PHRASES: Record<string, string> = {
  'a request to a unit': 'giao UBND phường Cẩm Bình chủ trì ',
  'a list of requested units': 'đề nghị Đoàn thanh niên, Hội phụ nữ, ',
  'a unit and its task': 'Phòng Văn hóa: ',
  'a bullet of tasks': '- UBND phường Cẩm Bình: phát thanh trên loa; ',
  counts: 'treo 12 băng rôn, 30 khẩu hiệu ',
  // A count past what a number holds exactly once came back and was refused by the reply's schema.
  'a count too large to hold': 'tập huấn cho gần 99999999999999999999 cán bộ, treo 12 băng rôn; ',
  'a channel': 'phát thanh trên loa truyền thanh ',
  citations: 'Căn cứ Luật Bầu cử số 85/2015/QH13; Kế hoạch số 51/KH-UBND ngày 12/3/2021 ',
  phases: 'Đợt 1 từ ngày 1/3/2021 đến ngày 5/3/2021, ',
  peaks: 'đợt cao điểm, cao điểm từ tháng 3 ',
  periods: 'từ tháng 3/2021 đến hết ngày bầu cử ',
  'an election day': 'ngày bầu cử 23/5/2021 Chủ nhật ',
  frequencies: 'phát 01 lần/tuần trên loa ',
  headings: 'I. MỤC ĐÍCH, YÊU CẦU ',
  titles: 'KẾ HOẠCH Tuyên truyền bầu cử ',
  recipients: 'Nơi nhận: UBND phường Cẩm Bình; ',
  // Lines of capitals under a grounds heading, each ended by one small letter: a pattern that
  // tried every split of the capitals took minutes on one 8,000-character line.
  'a grounds heading over capitals': `\nCĂN CỨ\n${'A'.repeat(4000)}a\n`,
};

/** `phrase` repeated to exactly `chars` characters, as one line. */
export function hostileLine(phrase: string, chars: number): string {
  return phrase.repeat(Math.ceil(chars / phrase.length)).slice(0, chars);
}

/**
 * A line of `chars` characters of distinct figures ("treo 1 băng rôn, treo 2 băng rôn, …"): the
 * same figure repeated is one result, so only distinct ones fill the list to its cut.
 */
export function distinctCountsLine(chars: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let n = 1; length < chars; n++) {
    const part = `treo ${n} băng rôn, `;
    parts.push(part);
    length += part.length;
  }
  return parts.join('').slice(0, chars);
}
