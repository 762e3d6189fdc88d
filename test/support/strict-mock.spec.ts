import { strictMock } from './strict-mock.js';

interface Store {
  load(id: string): Promise<string>;
}

describe(strictMock.name, () => {
  it('fails loudly when a method is called without an implementation', () => {
    const store = strictMock<Store>('store');
    expect(() => store.load('a')).toThrow('store.load() was called without an implementation');
  });

  it('answers as told once given an implementation, and records calls', async () => {
    const store = strictMock<Store>();
    store.load.mockResolvedValue('value');
    await expect(store.load('a')).resolves.toBe('value');
    expect(store.load).toHaveBeenCalledWith('a');
  });
});
