/**
 * The pane's own styles: one static stylesheet over Fluent's theme variables (set by FluentProvider),
 * instead of runtime makeStyles, Select, Field, Spinner and ProgressBar: that keeps Griffel's style
 * compiler (stylis, rtl-css-js) and those components out of the bundle (budget: 500 KB raw / 152 KB gzip
 * with React and Fluent). No fixed widths; long text wraps, so the pane works at 320 px.
 */
export const GAYA_PANEL = `
.lkip-akar{box-sizing:border-box;width:100%;max-width:100%;min-width:0;padding:var(--spacingVerticalL) var(--spacingHorizontalM) var(--spacingVerticalXXL);display:flex;flex-direction:column;gap:var(--spacingVerticalXL);overflow-wrap:anywhere;word-break:normal;color:var(--colorNeutralForeground1)}
.lkip-akar *,.lkip-akar *::before,.lkip-akar *::after{box-sizing:border-box}
.lkip-akar h1,.lkip-akar h2,.lkip-akar p,.lkip-akar ul,.lkip-akar dl,.lkip-akar dd{margin:0}
.lkip-kepala{display:flex;flex-direction:column;gap:var(--spacingVerticalXS)}
.lkip-judul-utama{font-size:var(--fontSizeBase500);line-height:var(--lineHeightBase500);font-weight:var(--fontWeightSemibold)}
.lkip-bagian{display:flex;flex-direction:column;gap:var(--spacingVerticalS);min-width:0}
.lkip-judul{font-size:var(--fontSizeBase300);line-height:var(--lineHeightBase300);font-weight:var(--fontWeightSemibold)}
.lkip-teks{font-size:var(--fontSizeBase300);line-height:var(--lineHeightBase300)}
.lkip-tebal{font-weight:var(--fontWeightSemibold)}
.lkip-catatan{font-size:var(--fontSizeBase200);line-height:var(--lineHeightBase200);color:var(--colorNeutralForeground2)}
.lkip-catatan:empty{display:none}
.lkip-daftar{list-style:none;padding:0;display:flex;flex-direction:column;gap:var(--spacingVerticalXS)}
.lkip-tombol-penuh{width:100%;max-width:100%}
.lkip-tombol-kiri{align-self:flex-start;max-width:100%}
.lkip-putar{display:inline-block;width:1em;height:1em;border:2px solid currentColor;border-right-color:transparent;border-radius:50%;animation:lkip-putar .8s linear infinite}
@keyframes lkip-putar{to{transform:rotate(360deg)}}
@media (prefers-reduced-motion:reduce){.lkip-putar{animation-duration:2.4s}}
.lkip-kemajuan{width:100%;height:6px;accent-color:var(--colorCompoundBrandBackground)}
.lkip-status-nama{display:flex;flex-wrap:wrap;column-gap:var(--spacingHorizontalS);align-items:baseline;padding-left:var(--spacingHorizontalS);border-left:var(--strokeWidthThick) solid var(--colorPaletteGreenBorder2)}
.lkip-status-nama[data-ada="false"]{border-left-color:var(--colorNeutralStroke1)}
.lkip-status-nama[data-ada="false"][data-wajib="true"]{border-left-color:var(--colorPaletteRedBorder2)}
.lkip-nama{font-weight:var(--fontWeightSemibold)}
.lkip-redup{color:var(--colorNeutralForeground2)}
.lkip-masalah{display:flex;flex-direction:column;align-items:flex-start;gap:var(--spacingVerticalXXS);padding:var(--spacingVerticalXXS) 0 var(--spacingVerticalXXS) var(--spacingHorizontalS);border-left:var(--strokeWidthThicker) solid var(--colorPaletteBlueBorderActive);min-width:0;max-width:100%}
.lkip-masalah[data-tingkat="galat"]{border-left-color:var(--colorPaletteRedBorder2)}
.lkip-masalah[data-tingkat="peringatan"]{border-left-color:var(--colorPaletteDarkOrangeBorder2)}
.lkip-lokasi{font-size:var(--fontSizeBase200);line-height:var(--lineHeightBase200);color:var(--colorNeutralForeground2)}
.lkip-ringkasan{display:grid;grid-template-columns:repeat(auto-fit,minmax(8rem,1fr));gap:var(--spacingVerticalS) var(--spacingHorizontalM)}
.lkip-ringkasan>div{display:flex;flex-direction:column;min-width:0}
.lkip-ringkasan dt{font-size:var(--fontSizeBase200);line-height:var(--lineHeightBase200);color:var(--colorNeutralForeground2)}
.lkip-ringkasan dd{font-size:var(--fontSizeBase400);line-height:var(--lineHeightBase400);font-weight:var(--fontWeightSemibold)}
.lkip-ringkasan dd.lkip-kecil{font-size:var(--fontSizeBase300);line-height:var(--lineHeightBase300)}
.lkip-bidang{display:flex;flex-direction:column;gap:var(--spacingVerticalXXS);min-width:0}
.lkip-bidang label{font-size:var(--fontSizeBase300);line-height:var(--lineHeightBase300);font-weight:var(--fontWeightSemibold)}
.lkip-bidang select{width:100%;max-width:100%;min-height:32px;padding:0 var(--spacingHorizontalS);font-family:inherit;font-size:var(--fontSizeBase300);color:var(--colorNeutralForeground1);background-color:var(--colorNeutralBackground1);border:var(--strokeWidthThin) solid var(--colorNeutralStroke1);border-bottom-color:var(--colorNeutralStrokeAccessible);border-radius:var(--borderRadiusMedium)}
.lkip-bidang select:hover{border-color:var(--colorNeutralStroke1Hover);border-bottom-color:var(--colorNeutralStrokeAccessibleHover)}
.lkip-bidang select:focus-visible{outline:var(--strokeWidthThick) solid var(--colorStrokeFocus2);outline-offset:1px}
.lkip-bidang select:disabled{color:var(--colorNeutralForegroundDisabled);border-color:var(--colorNeutralStrokeDisabled)}
.lkip-opsi{display:flex;flex-direction:column;gap:var(--spacingVerticalM)}
`;
