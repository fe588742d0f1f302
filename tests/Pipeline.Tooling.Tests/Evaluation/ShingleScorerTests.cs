using Pipeline.Tooling.Evaluation;

namespace Pipeline.Tooling.Tests.Evaluation;

public sealed class ShingleScorerTests
{
    [Fact]
    public void Score_IsPerfectForTheSameWordsWhateverThePunctuation()
    {
        var score = ShingleScorer.Score("One two, three four five.", "One two three four five");
        Assert.Equal(1.0, score.Precision);
        Assert.Equal(1.0, score.Recall);
        Assert.True(score.ExactMatch);
    }

    [Fact]
    public void Score_ExtraBoilerplateLowersPrecisionNotRecall()
    {
        var score = ShingleScorer.Score("a b c d e f g h share this on social media now", "a b c d e f g h");
        Assert.Equal(1.0, score.Recall);
        Assert.Equal(5.0 / 11.0, score.Precision, 6); // 5 of 11 predicted 4-grams are in the truth
    }

    [Fact]
    public void Score_NothingPredictedScoresZero()
    {
        var score = ShingleScorer.Score("", "a b c d e");
        Assert.Equal(0.0, score.Precision);
        Assert.Equal(0.0, score.Recall);
    }

    [Fact]
    public void Aggregate_TakesHarmonicMeanOfMeanPrecisionAndRecall()
    {
        var (f1, precision, recall, accuracy) = ShingleScorer.Aggregate([new ShingleScore(1, 0, 0, true), new ShingleScore(0.5, 0.5, 0, false)]);
        Assert.Equal(0.75, precision, 6);
        Assert.Equal(1.0, recall, 6);
        Assert.Equal(2 * 0.75 / 1.75, f1, 6);
        Assert.Equal(0.5, accuracy, 6);
    }
}
