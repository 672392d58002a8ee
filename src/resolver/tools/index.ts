import { cardStatus } from './card-status';
import { extendDueDate } from './extend-due-date';
import { freezeCard } from './freeze-card';
import { lookupOrders } from './lookup-orders';
import { openDispute } from './open-dispute';
import { paymentSchedule } from './payment-schedule';
import { refundStatus } from './refund-status';
import { reportReturn } from './report-return';
import { requestHuman } from './request-human';
import type { Tool } from './tool';
import { updateContactDetails } from './update-contact-details';

export { cardStatus, extendDueDate, freezeCard, lookupOrders, openDispute, paymentSchedule, refundStatus, reportReturn, requestHuman, updateContactDetails };
export { runTool } from './tool-runner';
export type { Tool, ToolContext, ToolResult, ToolErrorCode } from './tool';

/** Every tool the resolver (fast-path skills and the LLM agent alike) can call. */
export const TOOLS: readonly Tool[] = [lookupOrders, paymentSchedule, extendDueDate, reportReturn, refundStatus, openDispute, cardStatus, freezeCard, updateContactDetails, requestHuman] as unknown as Tool[];
