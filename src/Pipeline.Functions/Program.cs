using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using Pipeline.Storage.Hosting;

// The isolated worker: wires the pipeline over Azure Storage; the trigger lives in IngestRawBlobFunction.
var builder = FunctionsApplication.CreateBuilder(args);
builder.Services.AddArticlePipeline(builder.Configuration);
builder.Build().Run();
