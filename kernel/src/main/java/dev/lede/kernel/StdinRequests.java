package dev.lede.kernel;

import java.io.InterruptedIOException;
import java.util.function.BooleanSupplier;
import org.dflib.jjava.jupyter.channels.StdinChannel;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageContext;
import org.dflib.jjava.jupyter.messages.reply.InputReply;
import org.dflib.jjava.jupyter.messages.request.InputRequest;
import org.zeromq.ZMQ;

/**
 * Asks the frontend for a line of input (input_request on the stdin channel) and waits for its
 * input_reply, as jjava's {@code StdinChannel.getInput} does, but so that the wait can be given
 * up: jjava's blocks in ZeroMQ's receive until a reply comes, and the kernel's thread that waits
 * there is the one that carries the user JVM's output and the end of its cell, so an interrupt
 * could not end a cell waiting for input until someone typed.
 *
 * <p>Replies waiting before a request is sent answer a request given up (the frontend may still
 * show its input box and send one later): they are read and dropped, as ipykernel drops stale
 * replies before it asks again. A reply naming another request as its parent is dropped too
 * (jupyter_client names none).
 */
final class StdinRequests {

    /**
     * The message of the exception a read of System.in gets when its cell is interrupted while it
     * waits. An {@link InterruptedIOException}: JShell answers it with a stop of the running code
     * and sends the user JVM nothing, whereas a plain IOException would be sent on as a frame that
     * the stopped reader never takes, and the next cell's read would get it instead of its line.
     * That stop cannot reach a later cell: this thread is the one that carries the interrupted
     * cell's end to the kernel, and it makes the stop before it goes on.
     */
    static final String GIVEN_UP = "interrupted while waiting for input";

    /** How often the wait looks whether it was given up: a typed line arrives at most this late. */
    static final long POLL_MS = 20;

    private StdinRequests() {
    }

    /**
     * The line typed in answer to {@code prompt} (without its line end), asked in the name of
     * {@code parent} (the execute request, whose identities route it to its frontend).
     *
     * @throws InterruptedIOException when {@code givenUp} turns true (the cell was interrupted)
     *                                before the answer came
     */
    static String ask(StdinChannel channel, MessageContext parent, String prompt, BooleanSupplier givenUp)
            throws InterruptedIOException {
        // jjava's socket methods lock the socket itself: hold that lock so nothing else uses it meanwhile
        synchronized (channel) {
            while (readable(channel)) {
                drop(channel);
            }
            Message<InputRequest> request = new Message<>(parent, InputRequest.MESSAGE_TYPE, new InputRequest(prompt, false));
            channel.sendMessage(request);
            String id = request.getHeader().getId();
            while (true) {
                if (givenUp.getAsBoolean()) {
                    throw new InterruptedIOException(GIVEN_UP);
                }
                if (!readable(channel)) {
                    try {
                        Thread.sleep(POLL_MS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new InterruptedIOException(GIVEN_UP);
                    }
                    continue;
                }
                Message<?> reply;
                try {
                    reply = channel.readMessage();
                } catch (RuntimeException e) {
                    continue; // unsigned, malformed or of another kind: not an answer (logged by jjava's socket)
                }
                // jupyter_client sends its input_reply without a parent header: a reply naming
                // another request is stale, one naming none answers the request asked last
                if (reply != null && reply.getHeader().getType() == InputReply.MESSAGE_TYPE
                        && (!reply.hasParentHeader() || id.equals(reply.getParentHeader().getId()))) {
                    String value = ((InputReply) reply.getContent()).getValue();
                    return value == null ? "" : value;
                }
            }
        }
    }

    private static boolean readable(StdinChannel channel) {
        return (channel.getEvents() & ZMQ.Poller.POLLIN) != 0;
    }

    private static void drop(StdinChannel channel) {
        try {
            channel.readMessage();
        } catch (RuntimeException e) {
            // a stale or malformed reply: dropped either way
        }
    }
}
