import type { UnitKind } from '../../domain/units/unit';

/** A node of the demo tree: the units named in the five seed documents. */
export interface DemoUnit {
  key: string;
  name: string;
  shortName?: string;
  kind: UnitKind;
  code?: string;
  children?: DemoUnit[];
}

const khuPho = (prefix: string, n: number): DemoUnit[] =>
  Array.from({ length: n }, (_, i) => ({
    key: `${prefix}-kp${i + 1}`,
    name: `Khu phố ${i + 1}`,
    kind: 'village' as const,
  }));

/** Province codes are the official ones; lower units carry no code rather than an invented one. */
export const DEMO_TREE: DemoUnit = {
  key: 'root',
  name: 'Toàn quốc',
  kind: 'nation',
  children: [
    {
      key: 'quangninh',
      name: 'Tỉnh Quảng Ninh',
      shortName: 'Quảng Ninh',
      kind: 'province',
      code: '22',
      children: [
        {
          key: 'campha',
          name: 'Thành phố Cẩm Phả',
          shortName: 'TP Cẩm Phả',
          kind: 'district',
          children: [
            {
              key: 'cambinh',
              name: 'Phường Cẩm Bình',
              shortName: 'Cẩm Bình',
              kind: 'commune',
              children: [
                ...khuPho('cambinh', 8),
                {
                  key: 'cambinh-vhxh',
                  name: 'Bộ phận Văn hóa - Xã hội phường Cẩm Bình',
                  shortName: 'Bộ phận VHXH',
                  kind: 'agency',
                },
                {
                  key: 'cambinh-mttq',
                  name: 'Ủy ban MTTQ phường Cẩm Bình',
                  shortName: 'UB MTTQ phường',
                  kind: 'agency',
                },
              ],
            },
            {
              key: 'campha-ttvh',
              name: 'Trung tâm Truyền thông và Văn hóa thành phố Cẩm Phả',
              shortName: 'TT TT&VH Cẩm Phả',
              kind: 'agency',
            },
          ],
        },
        {
          key: 'mongcai',
          name: 'Thành phố Móng Cái',
          shortName: 'TP Móng Cái',
          kind: 'district',
          children: [
            {
              key: 'kalong',
              name: 'Phường Ka Long',
              shortName: 'Ka Long',
              kind: 'commune',
              children: khuPho('kalong', 6),
            },
          ],
        },
        {
          key: 'halong',
          name: 'Thành phố Hạ Long',
          shortName: 'TP Hạ Long',
          kind: 'district',
          children: [
            {
              key: 'halong-tbtt',
              name: 'Tiểu ban Tuyên truyền Ủy ban Bầu cử thành phố Hạ Long',
              shortName: 'Tiểu ban tuyên truyền',
              // A working group: its members are the city's departments (demo-halong.ts).
              kind: 'group',
            },
            {
              key: 'halong-btg',
              name: 'Ban Tuyên giáo Thành ủy Hạ Long',
              shortName: 'Ban Tuyên giáo Thành ủy',
              kind: 'agency',
            },
            {
              key: 'halong-pvh',
              name: 'Phòng Văn hóa và Thông tin thành phố Hạ Long',
              shortName: 'Phòng Văn hóa',
              kind: 'agency',
            },
            {
              key: 'halong-mttq',
              name: 'Ủy ban MTTQ Việt Nam thành phố Hạ Long',
              shortName: 'UB MTTQ thành phố',
              kind: 'agency',
            },
            {
              key: 'halong-ttvh',
              name: 'Trung tâm Truyền thông và Văn hóa thành phố Hạ Long',
              shortName: 'TT TT&VH Hạ Long',
              kind: 'agency',
            },
          ],
        },
      ],
    },
    {
      key: 'quangnam',
      name: 'Tỉnh Quảng Nam',
      shortName: 'Quảng Nam',
      kind: 'province',
      code: '49',
      children: [
        {
          key: 'quangnam-vp',
          name: 'Văn phòng UBND tỉnh Quảng Nam',
          shortName: 'VP UBND tỉnh',
          kind: 'agency',
          children: [
            // The departments and bodies 1354/KH-VPUBND names, as it spells them.
            { key: 'quangnam-hctc', name: 'Phòng Hành chính – Tổ chức', kind: 'agency' },
            { key: 'quangnam-qttv', name: 'Phòng Quản trị - Tài vụ', kind: 'agency' },
            {
              key: 'quangnam-web',
              name: 'Ban Điều hành trang thông tin điện tử Văn phòng',
              kind: 'agency',
            },
            { key: 'quangnam-cd', name: 'Công đoàn Văn phòng UBND tỉnh', kind: 'agency' },
            {
              key: 'quangnam-doan',
              name: 'Chi đoàn Thanh niên Văn phòng UBND tỉnh',
              kind: 'agency',
            },
            { key: 'quangnam-bchqs', name: 'Ban Chỉ huy Quân sự Văn phòng', kind: 'agency' },
          ],
        },
      ],
    },
    {
      key: 'haiphong',
      name: 'Thành phố Hải Phòng',
      shortName: 'TP Hải Phòng',
      kind: 'province',
      code: '31',
      children: [
        {
          key: 'haiphong-tct',
          name: 'Tổ công tác tuyên truyền về bầu cử thành phố Hải Phòng',
          shortName: 'Tổ công tác tuyên truyền',
          kind: 'group',
        },
        // The document does not name the Tổ's members: these bodies of the city are its sample
        // members, and their membership says "(dữ liệu mẫu)" (demo-haiphong.ts).
        {
          key: 'haiphong-btg',
          name: 'Ban Tuyên giáo Thành ủy Hải Phòng',
          shortName: 'Ban Tuyên giáo Thành ủy',
          kind: 'agency',
        },
        {
          key: 'haiphong-stttt',
          name: 'Sở Thông tin và Truyền thông thành phố Hải Phòng',
          shortName: 'Sở TT&TT',
          kind: 'agency',
        },
        {
          key: 'haiphong-mttq',
          name: 'Ủy ban MTTQ Việt Nam thành phố Hải Phòng',
          shortName: 'UB MTTQ thành phố',
          kind: 'agency',
        },
      ],
    },
  ],
};

export const DEMO_PASSWORD = 'demo1234';

export const DEMO_USERS: Array<{
  username: string;
  displayName: string;
  role: 'admin' | 'leader' | 'officer' | 'viewer';
  unit: string;
}> = [
  { username: 'admin', displayName: 'Quản trị hệ thống', role: 'admin', unit: 'root' },
  {
    username: 'quangninh',
    displayName: 'Cán bộ tỉnh Quảng Ninh',
    role: 'officer',
    unit: 'quangninh',
  },
  { username: 'campha', displayName: 'Cán bộ TP Cẩm Phả', role: 'officer', unit: 'campha' },
  { username: 'cambinh', displayName: 'Cán bộ phường Cẩm Bình', role: 'officer', unit: 'cambinh' },
  { username: 'kalong', displayName: 'Cán bộ phường Ka Long', role: 'officer', unit: 'kalong' },
  { username: 'halong', displayName: 'Cán bộ TP Hạ Long', role: 'officer', unit: 'halong' },
  { username: 'lanhdao.cambinh', displayName: 'Nguyễn Công Bằng', role: 'leader', unit: 'cambinh' },
  // Sample data: the seed names the Bộ phận, not its officer.
  {
    username: 'vhxh.cambinh',
    displayName: 'Cán bộ Bộ phận Văn hóa - Xã hội',
    role: 'officer',
    unit: 'cambinh-vhxh',
  },
  {
    username: 'vpubnd.quangnam',
    displayName: 'Cán bộ Văn phòng UBND tỉnh Quảng Nam',
    role: 'officer',
    unit: 'quangnam-vp',
  },
  {
    username: 'lanhdao.vpubnd',
    displayName: 'Lãnh đạo Văn phòng UBND tỉnh (dữ liệu mẫu)',
    role: 'leader',
    unit: 'quangnam-vp',
  },
  {
    username: 'hctc.quangnam',
    displayName: 'Cán bộ Phòng Hành chính – Tổ chức',
    role: 'officer',
    unit: 'quangnam-hctc',
  },
  // Seed 004 names him: "Đồng chí Lê Văn Vĩnh - Bí thư, Chủ tịch UBND phường".
  { username: 'lanhdao.kalong', displayName: 'Lê Văn Vĩnh', role: 'leader', unit: 'kalong' },
  // Hạ Long's Tiểu ban: the document names its standing deputy head, who chaired the sơ kết.
  {
    username: 'tbtt.halong',
    displayName: 'Cán bộ Tiểu ban tuyên truyền Hạ Long (dữ liệu mẫu)',
    role: 'officer',
    unit: 'halong-tbtt',
  },
  {
    username: 'lanhdao.tbtt.halong',
    displayName: 'Nguyễn Ngọc Sơn',
    role: 'leader',
    unit: 'halong-tbtt',
  },
  {
    username: 'btg.halong',
    displayName: 'Cán bộ Ban Tuyên giáo Thành ủy Hạ Long (dữ liệu mẫu)',
    role: 'officer',
    unit: 'halong-btg',
  },
  {
    username: 'tct.haiphong',
    displayName: 'Cán bộ Tổ công tác tuyên truyền Hải Phòng (dữ liệu mẫu)',
    role: 'officer',
    unit: 'haiphong-tct',
  },
  {
    username: 'lanhdao.tct.haiphong',
    displayName: 'Tổ trưởng Tổ công tác (dữ liệu mẫu)',
    role: 'leader',
    unit: 'haiphong-tct',
  },
  {
    username: 'btg.haiphong',
    displayName: 'Cán bộ Ban Tuyên giáo Thành ủy Hải Phòng (dữ liệu mẫu)',
    role: 'officer',
    unit: 'haiphong-btg',
  },
];
