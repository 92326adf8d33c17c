package dev.lede.spark;

import dev.lede.progress.Progress;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.StageInfo;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Each Spark job as one piece of Lede {@link Progress}: its tasks done of all its stages' tasks,
 * with a note of the stages done, so a long job shows one updating display in the notebook and a
 * bar on a terminal (nothing in a notebook run by nbconvert, nothing for work under a second).
 * {@link LedeSpark}'s sessions attach it; a session made otherwise attaches it with
 * {@link #attach(SparkContext)}.
 *
 * <pre>{@code
 * SparkProgress.attach(spark.sparkContext());
 * }</pre>
 */
public final class SparkProgress extends SparkListener {

    private static final Set<SparkContext> ATTACHED = Collections.newSetFromMap(new WeakHashMap<>());

    private final Map<Integer, Progress> jobs = new ConcurrentHashMap<>();
    private final Map<Integer, Integer> jobOfStage = new ConcurrentHashMap<>();
    private final Map<Integer, int[]> stages = new ConcurrentHashMap<>();

    private SparkProgress() {
    }

    /** Reports the jobs of {@code context} as progress from now on; once per context however often called. */
    public static void attach(SparkContext context) {
        synchronized (ATTACHED) {
            if (ATTACHED.add(context)) {
                context.addSparkListener(new SparkProgress());
            }
        }
    }

    @Override
    public void onJobStart(SparkListenerJobStart e) {
        long tasks = 0;
        for (StageInfo s : CollectionConverters.asJava(e.stageInfos())) {
            tasks += s.numTasks();
            jobOfStage.put(s.stageId(), e.jobId());
        }
        stages.put(e.jobId(), new int[] {0, e.stageInfos().size()});
        // a stage whose shuffle output is already there is skipped and never runs its tasks: "at most"
        jobs.put(e.jobId(), Progress.startAtMost("Spark job " + e.jobId(), tasks, Progress.Unit.TASKS));
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd e) {
        Integer job = jobOfStage.get(e.stageId());
        Progress p = job == null ? null : jobs.get(job);
        if (p != null && e.taskInfo().successful()) {
            p.advance(1);
        }
    }

    @Override
    public void onStageCompleted(SparkListenerStageCompleted e) {
        Integer job = jobOfStage.get(e.stageInfo().stageId());
        int[] s = job == null ? null : stages.get(job);
        Progress p = job == null ? null : jobs.get(job);
        if (s != null && p != null) {
            synchronized (s) {
                s[0]++;
                p.note(s[0] + " of " + s[1] + " stages");
            }
        }
    }

    @Override
    public void onJobEnd(SparkListenerJobEnd e) {
        Progress p = jobs.remove(e.jobId());
        stages.remove(e.jobId());
        jobOfStage.values().removeIf(j -> j == e.jobId());
        if (p != null) {
            p.done();
        }
    }
}
