#pragma once
// The page of a Thai official document: A4 and the margins of the printing guidance that goes
// with ระเบียบสำนักนายกรัฐมนตรีว่าด้วยงานสารบรรณ พ.ศ. 2526 ("คำแนะนำและแบบมาตรฐานการพิมพ์หนังสือราชการ",
// setting up บันทึกข้อความ, แบบที่ ๒๙: left margin 3 cm, right margin 2 cm, single line spacing;
// as reproduced at https://scribd.com/document/378245471/). The emblem (ครุฑ) of a memo is 1.5 cm
// high and that of an external letter or ประกาศ 3 cm (ข้อ 71, แบบที่ 26; see
// http://clinictech.ops.go.th/online/cmo/click_site.asp?id=861). The regulation gives no top or
// bottom margin; the memo forms start the emblem 1.5 cm from the top edge, and 2 cm at the
// bottom is the usual practice of the same guidance: both are written here, in one place.

#include <string>

namespace oitgen {

inline constexpr double points_per_cm = 72.0 / 2.54;

struct PageSetup {
  double width = 595.276;   // A4, 210 mm
  double height = 841.890;  // A4, 297 mm
  double top = 1.5 * points_per_cm;
  double bottom = 2.0 * points_per_cm;
  double left = 3.0 * points_per_cm;
  double right = 2.0 * points_per_cm;
  // Laksaman (fonts-tlwg-laksaman) is derived from TH Sarabun New, the government's font; found
  // through fontconfig by its family name.
  std::string font_family = "Laksaman";
  double font_size = 16;  // points, as the guidance asks for the body text

  double text_width() const { return width - left - right; }
};

}  // namespace oitgen
