import { AlignmentType, Header, PageNumber, PageOrientation, Paragraph, TextRun } from 'docx';
import type { ISectionOptions } from 'docx';
import { FONT, SIZE } from './docx-styles';
import { PAGE, ptToHalfPoints } from './docx-units';

/** The page number, centred in the top margin; the decree prints none on page 1. */
function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 0, after: 0 },
        children: [
          new TextRun({
            children: [PageNumber.CURRENT],
            font: FONT,
            size: ptToHalfPoints(SIZE.pageNumber),
          }),
        ],
      }),
    ],
  });
}

/** An empty first-page header: with titlePage on, page 1 takes this one and shows no number. */
function emptyHeader(): Header {
  return new Header({ children: [new Paragraph({ children: [] })] });
}

/** A4 portrait with the decree's margins, and page numbers from page 2 (titlePage). */
export function pageSection(children: ISectionOptions['children']): ISectionOptions {
  return {
    properties: {
      page: {
        size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
        margin: {
          top: PAGE.margin.top,
          bottom: PAGE.margin.bottom,
          left: PAGE.margin.left,
          right: PAGE.margin.right,
          header: PAGE.headerDistance,
          footer: PAGE.footerDistance,
          gutter: 0,
        },
      },
      titlePage: true,
    },
    headers: { default: pageNumberHeader(), first: emptyHeader() },
    children,
  };
}
