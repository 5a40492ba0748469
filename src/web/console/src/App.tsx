import { Layout, Typography } from 'antd';

const { Header, Content } = Layout;

export function App() {
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Header style={{ color: '#fff', fontSize: 18 }}>政府信息公开工作台</Header>
      <Content style={{ padding: 24 }}>
        <Typography.Title level={2}>今日待办</Typography.Title>
      </Content>
    </Layout>
  );
}
