/**
 * GraphQL subscriptions over a WebSocket (the graphql-transport-ws protocol the server speaks at /graphql). The
 * browser sends the session cookie with the connection, so it is logged in like every other request.
 */

export interface Subscription {
  close(): void;
}

interface Handlers<T> {
  next(data: T): void;
  error(message: string): void;
}

export function subscribe<T>(query: string, variables: Record<string, unknown>, handlers: Handlers<T>): Subscription {
  const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
  const socket = new WebSocket(url, 'graphql-transport-ws');
  let closed = false;
  const send = (message: object) => socket.readyState === WebSocket.OPEN && socket.send(JSON.stringify(message));
  socket.onopen = () => send({ type: 'connection_init', payload: {} });
  socket.onmessage = (event) => {
    const message = JSON.parse(String(event.data));
    switch (message.type) {
      case 'connection_ack':
        send({ id: '1', type: 'subscribe', payload: { query, variables } });
        break;
      case 'next':
        if (message.payload?.errors?.length) {
          handlers.error(message.payload.errors.map((e: { message: string }) => e.message).join('; '));
        } else {
          handlers.next(message.payload.data as T);
        }
        break;
      case 'error':
        handlers.error((message.payload ?? []).map((e: { message: string }) => e.message).join('; ') || 'The subscription was refused.');
        break;
      case 'ping':
        send({ type: 'pong' });
        break;
      default:
        break;
    }
  };
  socket.onclose = (event) => {
    if (!closed && event.code !== 1000) {
      handlers.error(`The live connection to the server closed (${event.code}${event.reason ? `: ${event.reason}` : ''}).`);
    }
  };
  return {
    close() {
      closed = true;
      send({ id: '1', type: 'complete' });
      socket.close(1000);
    },
  };
}
