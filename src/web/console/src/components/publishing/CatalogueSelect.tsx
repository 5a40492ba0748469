import { useEffect, useState } from 'react';
import { TreeSelect } from 'antd';
import { catalogueTree } from '../../api.ts';
import type { CatalogueNode } from '../../api.ts';

interface TreeOption {
  value: string;
  title: string;
  children: TreeOption[];
}

const toOption = (node: CatalogueNode): TreeOption => ({
  value: node.id,
  title: `${node.code} ${node.name}${node.timeLimit ? `（时限：${node.timeLimit}）` : ''}`,
  children: node.children.map(toOption),
});

/** The body's 公开目录 as a tree; the code shown is the category part of the 索引号. */
export function CatalogueSelect(props: {
  bodyId: string;
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
}) {
  const [options, setOptions] = useState<TreeOption[]>([]);
  const [failed, setFailed] = useState('');
  useEffect(() => {
    catalogueTree(props.bodyId).then(
      (tree) => setOptions(tree.nodes.map(toOption)),
      (error: Error) => setFailed(error.message),
    );
  }, [props.bodyId]);
  return (
    <TreeSelect
      id={props.id}
      value={props.value}
      onChange={props.onChange}
      treeData={options}
      treeDefaultExpandAll
      showSearch
      treeNodeFilterProp="title"
      status={failed ? 'error' : undefined}
      placeholder={failed ? `公开目录加载失败：${failed}` : '选择公开目录'}
    />
  );
}
