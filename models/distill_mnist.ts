// Knowledge distillation (Keras's Distiller example): a trained teacher's temperature-softened outputs
// teach a small student. Train the teacher first, then the distiller:
//   dlc train models/distill_mnist.ts --model teacher --out runs/distill-teacher
//   dlc train models/distill_mnist.ts          (teacherWeights below; --teacher <ckpt> overrides it)
// `--model student` trains the same student alone (the baseline).
import { sequential, dense, dropout, adam, mnist, sparseCategoricalCrossentropy, distiller } from 'dlc';

const loss = sparseCategoricalCrossentropy({ fromLogits: true });

export const teacher = sequential({
  name: 'teacher',
  input: [784],
  layers: [dense(256, { activation: 'relu' }), dropout(0.2), dense(256, { activation: 'relu' }), dense(10)],
  train: { data: mnist({ flatten: true }), loss, optimizer: adam({ learningRate: 1e-3 }), batchSize: 64, epochs: 3, metrics: ['accuracy'] },
});

export const student = sequential({
  name: 'student',
  input: [784],
  layers: [dense(32, { activation: 'relu' }), dense(10)],
  train: { data: mnist({ flatten: true }), loss, optimizer: adam({ learningRate: 1e-3 }), batchSize: 64, epochs: 5, metrics: ['accuracy'] },
});

export default distiller({
  name: 'distill_mnist', teacher, student, alpha: 0.1, temperature: 10,
  teacherWeights: '../runs/distill-teacher/checkpoint.safetensors',
});
