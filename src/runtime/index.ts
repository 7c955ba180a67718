/** @file The public runtime API: acquire a device, load a Plan, run it. Ships without the compiler. */
export { acquireDevice, describeAdapter, INSTALL_HINT, SWIFTSHADER_ICDS, type AcquireOptions, type AdapterSummary, type SoftwareChoice, type DeviceHandle } from './device.ts';
export { loadPlan, type Executable, type Feeds, type LoadOptions, type LoadStats, type RunOptions } from './executor.ts';
export { RuntimeError } from './errors.ts';
export type { FeedData, TensorData, TensorInfo } from './feeds.ts';
export { PipelineCache } from './pipelines.ts';
export { PLAN_VERSION, type BindingAccess, type BufferRole, type Plan, type PlanBuffer, type PlanDispatch, type PlanDType, type PlanKernel } from './plan-types.ts';
