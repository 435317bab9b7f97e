package dev.cited.chat;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.ReactionAddedEvent;
import dev.cited.answer.Answer;
import dev.cited.answer.AnswerService;
import dev.cited.history.History;
import dev.cited.present.AnswerView;
import dev.cited.present.SlackRenderer;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Slack: {@code POST /slack/events} (Events API) and {@code POST /slack/commands} (the {@code
 * /cite} slash command), both handled by one Bolt app driven from a Javalin handler.
 *
 * <ul>
 *   <li>Bolt checks every request's signature (v0 HMAC-SHA256 over the raw body, 5-minute
 *       window) before anything else and answers {@code url_verification}; a bad or missing
 *       signature is 401 and nothing is posted.
 *   <li>Events are acknowledged at once; the answer is posted later with {@code
 *       chat.postMessage} in the thread ({@code thread_ts}). Each user's questions in a thread
 *       are that user's conversation, owned by {@code slack:TEAM:USER}: follow-ups are read in
 *       the context of the same user's earlier questions there, and another user who asks in the
 *       thread starts a conversation of their own. A delivery whose {@code event_id}, or whose
 *       message ({@code channel} and {@code ts}), was already seen (Slack's retries, or a
 *       mention in a direct message arriving as two events) is acknowledged and ignored.
 *   <li>A {@code reaction_added} of {@code +1}/{@code thumbsup} or {@code -1}/{@code thumbsdown}
 *       (any skin tone) on an answer the bot posted in a thread, by the user who asked it, is
 *       that turn's feedback (replacing any earlier one) and counted in {@code
 *       cited_feedback_total}. Which message holds which turn is kept in memory ({@value
 *       SlackReactions#POSTED_SIZE} answers, {@link SlackReactions#POSTED_FOR}), not in the history database: it is the
 *       adapter's own bookkeeping, and after a restart older answers simply take no reactions.
 *       Reactions of other users, other emoji and {@code reaction_removed} are ignored.
 *   <li>A request timestamp more than five minutes from now, either way, is 401; events without
 *       a handler (edits, deletions) are acknowledged with 200 and ignored.
 *   <li>Only {@code app_mention} and direct messages ({@code message} with channel type {@code
 *       im}) are answered; messages from any bot (this one included), without a user, and
 *       message subtypes are ignored. A {@code --model} that is not configured is refused without
 *       listing the configured ones.
 *   <li>{@code /cite question} acknowledges privately ("Searching…") and sends the answer to
 *       {@code response_url}; {@code /cite --share question} posts it in the channel. Both
 *       commands and mentions accept {@code --model NAME}.
 * </ul>
 */
public final class SlackAdapter implements ChatAdapter {

    /** The Web API base used when {@code CITED_SLACK_API_URL} is not set. */
    public static final String DEFAULT_API_URL = "https://slack.com/api/";

    private static final Logger LOG = Logger.getLogger(SlackAdapter.class.getName());
    /** How far a request's timestamp may be from now, either way: Slack's five minutes. */
    static final long MAX_SKEW_SECONDS = 300;

    private final App app;
    private final SlackReactions reactions = new SlackReactions();
    private final SlackRequestParser parser;
    private final AnswerJobs jobs;

    /**
     * @param botToken {@code SLACK_BOT_TOKEN}
     * @param signingSecret {@code SLACK_SIGNING_SECRET}
     * @param apiUrl the Web API base, e.g. {@code https://slack.com/api/}
     */
    public SlackAdapter(AnswerService answers, String botToken, String signingSecret, String apiUrl) {
        SlackConfig slackConfig = new SlackConfig();
        slackConfig.setMethodsEndpointUrlPrefix(apiUrl.endsWith("/") ? apiUrl : apiUrl + "/");
        slackConfig.setPrettyResponseLoggingEnabled(false);
        this.app = new App(AppConfig.builder()
                .signingSecret(signingSecret)
                .singleTeamBotToken(botToken)
                // Bolt's own self-event filter fails on "user": null (500); the handlers below
                // ignore bots, this one included, and messages without a user themselves.
                .ignoringSelfEventsEnabled(false)
                .slack(Slack.getInstance(slackConfig))
                .build());
        this.parser = new SlackRequestParser(app.config());
        this.jobs = new AnswerJobs(answers);
        app.event(AppMentionEvent.class, (payload, ctx) -> {
            AppMentionEvent e = payload.getEvent();
            boolean human = e.getUser() != null && e.getBotId() == null && e.getSubtype() == null;
            if (human && jobs.firstDelivery(payload.getEventId(), e.getChannel(), e.getTs())) {
                reply(
                        ctx,
                        e.getChannel(),
                        e.getThreadTs() != null ? e.getThreadTs() : e.getTs(),
                        e.getUser(),
                        e.getText());
            }
            return ctx.ack();
        });
        app.event(MessageEvent.class, (payload, ctx) -> {
            MessageEvent e = payload.getEvent();
            boolean human = e.getUser() != null
                    && e.getBotId() == null
                    && e.getSubtype() == null
                    && !e.getUser().equals(ctx.getBotUserId());
            if (human
                    && "im".equals(e.getChannelType())
                    && jobs.firstDelivery(payload.getEventId(), e.getChannel(), e.getTs())) {
                reply(
                        ctx,
                        e.getChannel(),
                        e.getThreadTs() != null ? e.getThreadTs() : e.getTs(),
                        e.getUser(),
                        e.getText());
            }
            return ctx.ack();
        });
        app.event(ReactionAddedEvent.class, (payload, ctx) -> {
            ReactionAddedEvent e = payload.getEvent();
            if (e.getItem() != null
                    && e.getUser() != null
                    && jobs.firstDelivery(
                            payload.getEventId(),
                            e.getItem().getChannel(),
                            "reaction-" + e.getItem().getTs() + "-" + e.getUser() + "-" + e.getReaction())) {
                reactions.react(owner(ctx.getTeamId(), e.getUser()), e);
            }
            return ctx.ack();
        });
        app.command("/cite", (req, ctx) -> {
            ChatQuestion q = ChatQuestion.parse(req.getPayload().getText());
            if (q.rejection() != null) {
                return ctx.ack(q.rejection());
            }
            if (q.empty()) {
                return ctx.ack("Ask a question after /cite, e.g. `/cite does adversarial training remove backdoors?`"
                        + " (`--share` posts the answer in the channel, `--model NAME` picks a model).");
            }
            String unknownModel = jobs.unknownModel(q);
            if (unknownModel != null) {
                return ctx.ack(SlackRenderer.escape(unknownModel));
            }
            jobs.answer(q, null, null, answer -> respond(ctx, q, answer), error -> respondError(ctx, error));
            return ctx.ack("Searching the papers for: " + SlackRenderer.escape(q.echo()));
        });
    }

    private void reply(EventContext ctx, String channel, String threadTs, String user, String text) {
        ChatQuestion q = ChatQuestion.parse(text);
        MethodsClient client = ctx.client();
        if (q.rejection() != null) {
            post(client, channel, threadTs, q.rejection(), null);
            return;
        }
        if (q.empty()) {
            post(
                    client,
                    channel,
                    threadTs,
                    "Ask me a question about the papers, e.g. _does adversarial training remove backdoors?_",
                    null);
            return;
        }
        String unknownModel = jobs.unknownModel(q);
        if (unknownModel != null) {
            post(client, channel, threadTs, SlackRenderer.escape(unknownModel), null);
            return;
        }
        String conversation = ("slack-" + channel + "-" + threadTs + "-" + user).replaceAll("[^A-Za-z0-9._-]", "_");
        jobs.answer(
                q,
                conversation,
                owner(ctx.getTeamId(), user),
                answer -> reactions.remember(
                        channel,
                        post(client, channel, threadTs, SlackRenderer.fallback(AnswerView.of(answer)), answer),
                        owner(ctx.getTeamId(), user),
                        conversation),
                error -> post(client, channel, threadTs, SlackRenderer.escape(error), null));
    }

    /** The owner of a Slack user's conversations: {@code slack:TEAM:USER}. */
    static String owner(String team, String user) {
        return "slack:" + team + ":" + user;
    }

    @Override
    public void recordFeedbackIn(History history, Consumer<String> counted) {
        reactions.recordIn(history, counted);
    }

    /** Posts a message in the thread; returns its {@code ts}, or null when the post failed. */
    private static String post(MethodsClient client, String channel, String threadTs, String text, Answer answer) {
        try {
            var r = client.chatPostMessage(m -> {
                m.channel(channel).threadTs(threadTs).text(text).unfurlLinks(false);
                return answer == null ? m : m.blocks(SlackRenderer.blocks(AnswerView.of(answer)));
            });
            if (!r.isOk()) {
                LOG.warning("chat.postMessage failed: " + r.getError());
                return null;
            }
            return r.getTs();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "chat.postMessage failed: " + e.getMessage());
            return null;
        }
    }

    private static void respond(SlashCommandContext ctx, ChatQuestion q, Answer a) {
        try {
            AnswerView v = AnswerView.of(a);
            ctx.respond(r -> r.responseType(q.share() ? "in_channel" : "ephemeral")
                    .text(SlackRenderer.fallback(v))
                    .blocks(SlackRenderer.blocks(v)));
        } catch (Exception e) {
            LOG.log(Level.WARNING, "response_url post failed: " + e.getMessage());
        }
    }

    private static void respondError(SlashCommandContext ctx, String error) {
        try {
            ctx.respond(r -> r.responseType("ephemeral").text(SlackRenderer.escape(error)));
        } catch (Exception e) {
            LOG.log(Level.WARNING, "response_url post failed: " + e.getMessage());
        }
    }

    @Override
    public String name() {
        return "slack";
    }

    @Override
    public void install(JavalinConfig config) {
        config.routes.post("/slack/events", this::handle);
        config.routes.post("/slack/commands", this::handle);
    }

    /**
     * Hands the raw request to Bolt and copies its response back. A request timestamp more than
     * five minutes from now, past or future, is refused before Bolt sees it (Bolt refuses only
     * the past); an event Bolt has no handler for (an edit, a deletion, any other subtype) is
     * acknowledged with 200, so Slack does not retry it.
     */
    private void handle(Context ctx) throws Exception {
        String stamp = ctx.header("X-Slack-Request-Timestamp");
        if (stamp != null && stamp.matches("\\d{1,12}")) {
            long skew = Math.abs(Instant.now().getEpochSecond() - Long.parseLong(stamp));
            if (skew > MAX_SKEW_SECONDS) {
                ctx.status(401)
                        .contentType("application/json")
                        .result("{\"error\":\"stale_request\",\"message\":\"the request timestamp is more than "
                                + MAX_SKEW_SECONDS + " seconds from now\"}");
                return;
            }
        }
        Map<String, List<String>> headers = new HashMap<>();
        for (String name : Collections.list(ctx.req().getHeaderNames())) {
            headers.put(name, new ArrayList<>(Collections.list(ctx.req().getHeaders(name))));
        }
        Request<?> request = parser.parse(SlackRequestParser.HttpRequest.builder()
                .requestUri(ctx.path())
                .queryString(ctx.queryParamMap())
                .requestBody(ctx.body())
                .headers(new RequestHeaders(headers))
                .remoteAddress(ctx.ip())
                .build());
        if (request == null) {
            ctx.status(400)
                    .contentType("application/json")
                    .result("{\"error\":\"malformed_request\",\"message\":\"not a Slack request\"}");
            return;
        }
        Response response = app.run(request);
        if (response.getStatusCode() == 404 && request instanceof EventRequest) {
            ctx.status(200).result("");
            return;
        }
        ctx.status(response.getStatusCode());
        response.getHeaders().forEach((k, vs) -> vs.forEach(v -> ctx.res().addHeader(k, v)));
        if (response.getContentType() != null) {
            ctx.contentType(response.getContentType());
        }
        ctx.result(response.getBody() == null ? "" : response.getBody());
    }
}
