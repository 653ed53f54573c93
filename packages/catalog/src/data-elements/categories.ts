import type { Category } from "@pctm/domain";

/** Disaggregations the seeds' statistical forms ask for (seed 004 §2.1, seed 000 Phần thứ nhất I.3). */
export const SEX: Category = {
  id: "sex",
  name: "Giới tính",
  options: [
    { id: "nam", name: "Nam" },
    { id: "nu", name: "Nữ" },
  ],
};

export const AGE_GROUP: Category = {
  id: "age_group",
  name: "Nhóm tuổi",
  options: [
    { id: "duoi_18", name: "Dưới 18 tuổi" },
    { id: "tu_18_den_30", name: "Từ 18 đến 30 tuổi" },
    { id: "tren_30", name: "Trên 30 tuổi" },
  ],
};

export const DRUG_TYPE: Category = {
  id: "drug_type",
  name: "Loại ma túy sử dụng",
  options: [
    { id: "thuoc_phien", name: "Các chất dạng thuốc phiện (heroin, thuốc phiện)" },
    { id: "tong_hop", name: "Ma túy tổng hợp" },
    { id: "can_sa", name: "Cần sa" },
    { id: "khac", name: "Loại khác" },
  ],
};

export const PLANT: Category = {
  id: "plant",
  name: "Loại cây có chứa chất ma túy",
  options: [
    { id: "can_sa", name: "Cần sa" },
    { id: "thuoc_phien", name: "Thuốc phiện" },
    { id: "khac", name: "Cây khác" },
  ],
};

/** Hướng dẫn 689/HD-C04-P4: spots, dens, at-risk spots and street dealers. */
export const HOTSPOT_TYPE: Category = {
  id: "hotspot_type",
  name: "Loại điểm",
  options: [
    { id: "diem", name: "Điểm phức tạp về ma túy" },
    { id: "tu_diem", name: "Tụ điểm phức tạp về ma túy" },
    { id: "nguy_co", name: "Điểm có nguy cơ phức tạp về ma túy" },
    { id: "ban_le", name: "Đối tượng bán lẻ trái phép chất ma túy" },
  ],
};

/** Route of detected cases for the 2030 programme's targets. */
export const CASE_ROUTE: Category = {
  id: "case_route",
  name: "Tuyến, lĩnh vực phát hiện",
  options: [
    {
      id: "bien_gioi_dat_lien_bien_hang_khong_chuyen_phat",
      name: "Biên giới đất liền, biển, hàng không, chuyển phát nhanh",
    },
    { id: "xuyen_quoc_gia_co_to_chuc", name: "Tội phạm có tổ chức xuyên quốc gia" },
    { id: "khong_gian_mang", name: "Trên không gian mạng" },
  ],
};
