// Clean pages through a queue: add them, run a worker until the queue is
// empty, and print what it did. Needs a Redis server (6.2 or later).
//
//   node examples/queue.js redis://localhost:6379 clean
import { addPages, queueCounts, startWorker } from 'unscrape/queue'

const redis = process.argv[2] ?? 'redis://localhost:6379'
const folder = process.argv[3] ?? 'clean'
const queue = 'example-pages'

// Anywhere: the pages, one job each (a page already in the queue is not added again).
const { added } = await addPages(
  [
    {
      id: 'harbour.html',
      html: '<h1>Harbour reopens</h1><p>The harbour reopened on Monday, officials said.</p>',
      url: 'https://example.com/harbour',
    },
    { id: 'notes.md', markdown: '# Notes\n\nThe *pier* opens in May.' },
    { id: 'empty.txt', text: '' },
  ],
  { redis, queue },
)
console.log(`${added} pages added`)

// On each machine: a worker, writing harbour.md and harbour.json into the folder.
const results = []
const worker = await startWorker({
  redis,
  queue,
  sink: { folder, outputs: ['md', 'json'] },
  concurrency: 2,
  onResult: (result) =>
    results.push(
      'error' in result ? `${result.id}: ${result.error.code}` : `${result.id}: cleaned`,
    ),
})
await worker.drained()
await worker.close()
// Sorted: the threads finish pages in any order.
console.log(results.sort().join('\n'))
console.log(await queueCounts({ redis, queue }))
