import { Button, Checkbox, Form, Input, Select } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { itemChannels, itemKinds, saveItem, validities } from '../../api.ts';
import type { ImportedDocx, StaffItem } from '../../api.ts';
import { DateField } from '../DateField.tsx';
import { FormError, chosen, isoDate, useApiForm } from '../api-form.tsx';
import { CatalogueSelect } from './CatalogueSelect.tsx';
import { DocxImport } from './DocxImport.tsx';
import { pastedHtml } from './paste-html.ts';

interface EditorValues {
  title: string;
  catalogueNodeId: string;
  kind: string;
  publisher: string;
  documentNumber?: string;
  madeOn: Dayjs;
  validity?: string;
  channels: string[];
  bodyHtml?: string;
}

const optionsOf = (values: readonly string[]) => values.map((value) => ({ value, label: value }));

function initialValues(item: StaffItem | undefined, publisher: string): Partial<EditorValues> {
  if (!item) return { kind: '通知公告', publisher, channels: ['网站'] };
  return {
    title: item.title,
    catalogueNodeId: item.catalogueNodeId,
    kind: item.kind,
    publisher: item.publisher,
    documentNumber: item.documentNumber ?? undefined,
    madeOn: dayjs(item.madeOn),
    validity: item.validity ?? undefined,
    channels: item.channels,
    bodyHtml: item.bodyHtml,
  };
}

/** Write a new item or change a draft; refusals from the API appear next to their field. */
export function ItemEditor(props: {
  bodyId: string;
  publisher: string;
  item?: StaffItem;
  onSaved: (item: StaffItem) => void;
}) {
  const { form, error, busy, onFinish } = useApiForm<EditorValues>(async (values) => {
    const input = {
      ...values,
      madeOn: isoDate(values.madeOn),
      documentNumber: values.documentNumber || null,
      validity: values.kind === '规范性文件' ? (values.validity ?? null) : null,
      bodyHtml: values.bodyHtml ?? '',
    };
    props.onSaved(await saveItem(props.bodyId, input, props.item?.id));
  });
  const kind = Form.useWatch('kind', form);

  const imported = (doc: ImportedDocx) =>
    form.setFieldsValue({
      bodyHtml: doc.bodyHtml,
      ...(doc.title && !form.getFieldValue('title') ? { title: doc.title } : {}),
      ...(doc.documentNumber ? { documentNumber: doc.documentNumber } : {}),
      ...(doc.madeOn ? { madeOn: dayjs(doc.madeOn) } : {}),
    });

  return (
    <Form
      name="item"
      form={form}
      layout="vertical"
      onFinish={onFinish}
      initialValues={initialValues(props.item, props.publisher)}
      style={{ maxWidth: 880 }}
    >
      <DocxImport bodyId={props.bodyId} onImported={imported} />
      <Form.Item label="标题" name="title" rules={[{ required: true, message: '请填写标题' }]}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item label="公开目录" name="catalogueNodeId" rules={[chosen('请选择公开目录')]}>
        <CatalogueSelect bodyId={props.bodyId} />
      </Form.Item>
      <Form.Item label="信息类别" name="kind" rules={[chosen('请选择信息类别')]}>
        <Select options={optionsOf(itemKinds)} />
      </Form.Item>
      <Form.Item label="发布机构" name="publisher" rules={[{ required: true, message: '请填写发布机构' }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item
        label="文号"
        name="documentNumber"
        rules={[{ required: kind === '规范性文件', message: '规范性文件须填写文号' }]}
      >
        <Input placeholder="如：白政发〔2025〕3号" maxLength={100} />
      </Form.Item>
      <DateField
        label="成文日期（公开期限自此起算20个工作日，条例第二十六条）"
        name="madeOn"
        missing="请选择成文日期"
      />
      {kind === '规范性文件' && (
        <Form.Item label="有效性" name="validity" rules={[chosen('请选择有效性')]}>
          <Select options={optionsOf(validities)} />
        </Form.Item>
      )}
      <Form.Item label="公开渠道" name="channels">
        <Checkbox.Group options={optionsOf(itemChannels)} />
      </Form.Item>
      <Form.Item label="正文（可直接从 Word 或网页粘贴；保存时自动去除不安全的内容）" name="bodyHtml">
        <Input.TextArea
          rows={10}
          onPaste={(event) => {
            const added = pastedHtml(event.clipboardData);
            if (!added) return;
            event.preventDefault();
            const current = String(form.getFieldValue('bodyHtml') ?? '');
            form.setFieldsValue({ bodyHtml: current ? `${current}\n${added}` : added });
          }}
        />
      </Form.Item>
      <FormError message={error} />
      <Button type="primary" htmlType="submit" loading={busy} id="item-save">
        {props.item ? '保存草稿' : '保存为草稿'}
      </Button>
    </Form>
  );
}
