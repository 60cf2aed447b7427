import { stopContractServers } from './contract-server'

afterAll(stopContractServers)
