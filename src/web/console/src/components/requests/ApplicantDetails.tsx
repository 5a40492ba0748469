import { Descriptions, Tag } from 'antd';
import type { StaffRequestView } from './requests-api.ts';

/** Gold, dark enough for WCAG AA (antd's gold preset text is 2.9:1 on its background). */
const MASKED_TAG = { color: '#613400', background: '#fffbe6', borderColor: '#ffd666' };

/** The applicant as the role may see them: in full for the handling officer, masked otherwise. */
export function ApplicantDetails({ view }: { view: StaffRequestView }) {
  const a = view.applicant;
  if (!a) return null;
  const rows: Array<[string, string | null]> = [
    ['姓名（名称）', a.name],
    ['单位名称', a.organisation],
    [a.idType, a.idNumber],
    ['联系电话', a.phone],
    ['电子邮箱', a.email],
    ['通信地址', a.address],
  ];
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, md: 2 }}
      style={{ marginTop: 16 }}
      title={
        <span id="applicant-title">
          申请人信息{' '}
          {view.personalDataMasked && (
            <Tag style={MASKED_TAG}>已去标识化：本角色不经办申请，不显示完整个人信息</Tag>
          )}
        </span>
      }
      items={rows
        .filter(([, value]) => value)
        .map(([label, value]) => ({ key: label, label, children: value }))}
    />
  );
}
