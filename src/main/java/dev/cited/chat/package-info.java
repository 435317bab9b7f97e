/**
 * Chat: Cited in team chat, behind one seam, {@link dev.cited.chat.ChatAdapter}.
 *
 * <ul>
 *   <li>{@link dev.cited.chat.SlackAdapter}: Slack's Events API ({@code app_mention} in channels,
 *       {@code message.im} in direct messages) and the {@code /cite} slash command, through
 *       Slack's Bolt for Java driven from a Javalin handler. Bolt verifies signatures (v0
 *       HMAC-SHA256, 5-minute window) and answers {@code url_verification}; this package acks
 *       within Slack's 3 seconds, answers in the background, answers a retried delivery once,
 *       keeps each thread as a conversation, and formats answers as Block Kit ({@link
 *       dev.cited.present.SlackRenderer}: mrkdwn with {@code &}, {@code <}, {@code >} escaped in all
 *       corpus and model text).
 *   <li>{@link dev.cited.chat.MattermostAdapter}: Mattermost's slash command and outgoing webhook
 *       (static token, Markdown replies from {@link dev.cited.present.MattermostRenderer}).
 * </ul>
 *
 * <p>Uses {@code answer} and {@code present}; {@code serve} mounts the adapters' routes.
 */
package dev.cited.chat;
